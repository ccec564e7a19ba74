// The explorer's frame: a header with the way back to the topic view and the API key field, and the
// view the URL names.
import { useState } from 'preact/hooks';
import { setApiKey, useApiKey } from './api/client.ts';
import { BASE, followLink, useRoute } from './routing.ts';
import { ActorView } from './views/actor-view.tsx';
import { ArticleView } from './views/article-view.tsx';
import { EventView } from './views/event-view.tsx';
import { TopicView } from './views/topic-view.tsx';

export function App() {
  const route = useRoute();
  return (
    <div class="app" onClick={followLink}>
      <header class="masthead">
        <h1>
          <a href={BASE}>News explorer</a>
        </h1>
        <p class="tagline">Who said what, in which role, about what</p>
        <ApiKeyField />
      </header>
      <main id="main">
        {route.view === 'topic' && <TopicView topic={route.topic} by={route.by} />}
        {route.view === 'actor' && <ActorView key={route.id} id={route.id} />}
        {route.view === 'event' && <EventView key={route.id} id={route.id} />}
        {route.view === 'article' && <ArticleView key={route.id} id={route.id} statementId={route.statement} />}
        {route.view === 'missing' && <p role="alert">Nothing is at {route.path}.</p>}
      </main>
    </div>
  );
}

/** Corrections need a key the server accepts; without one the views are for reading. */
function ApiKeyField() {
  const key = useApiKey();
  const [text, setText] = useState(key);
  return (
    <form
      class="api-key"
      onSubmit={(event) => {
        event.preventDefault();
        setApiKey(text);
      }}
    >
      <label>
        API key for corrections
        <input
          type="password"
          autocomplete="off"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <button type="submit">{key ? 'Change key' : 'Use key'}</button>
      {key && (
        <button type="button" onClick={() => (setApiKey(''), setText(''))}>
          Forget key
        </button>
      )}
    </form>
  );
}
