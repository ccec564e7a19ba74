// The search box: any phrase, with known topics suggested as the reader types (a combobox: arrow keys
// move through the suggestions, Enter takes one, Escape closes them).
import { useEffect, useState } from 'preact/hooks';
import { topicSuggestions, type TopicSuggestion } from '../api/topic-api.ts';

export function TopicSearch({ initial, onSearch }: { initial: string; onSearch: (phrase: string) => void }) {
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [suggestions, setSuggestions] = useState<TopicSuggestion[]>([]);
  const [active, setActive] = useState(-1);
  useEffect(() => setText(initial), [initial]);
  useEffect(() => {
    let current = true;
    if (open) void topicSuggestions(text).then((found) => current && (setSuggestions(found), setActive(-1)));
    return () => void (current = false);
  }, [text, open]);

  const choose = (phrase: string) => {
    setText(phrase);
    setOpen(false);
    if (phrase.trim()) onSearch(phrase.trim());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (suggestions.length === 0 ? -1 : (index + step + suggestions.length) % suggestions.length));
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else if (event.key === 'Enter' && open && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active].label);
    }
  };
  const showing = open && suggestions.length > 0;
  return (
    <form
      class="topic-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        choose(text);
      }}
    >
      <label for="topic-input">Topic</label>
      <div class="combobox">
        <input
          id="topic-input"
          type="text"
          role="combobox"
          autocomplete="off"
          placeholder="Any phrase: NATO invitation, security guarantees…"
          aria-autocomplete="list"
          aria-expanded={showing}
          aria-controls="topic-suggestions"
          aria-activedescendant={showing && active >= 0 ? `topic-suggestion-${active}` : undefined}
          value={text}
          onInput={(event) => (setText(event.currentTarget.value), setOpen(true))}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        <ul id="topic-suggestions" role="listbox" aria-label="Known topics" hidden={!showing}>
          {suggestions.map((topic, index) => (
            <li
              key={topic.slug}
              id={`topic-suggestion-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => (event.preventDefault(), choose(topic.label))}
            >
              {topic.label}
            </li>
          ))}
        </ul>
      </div>
      <button type="submit">Show</button>
    </form>
  );
}
