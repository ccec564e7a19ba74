// Choosing an actor by name (a merge source, a statement's real speaker): a search field and the
// actors it finds, as a list of buttons.
import { useState } from 'preact/hooks';
import { ExplorerActorSearchDocument, type ExplorerActorSearchQuery } from '../../../client/generated/operations.ts';
import { client } from '../api/client.ts';
import { Problems } from './problems.tsx';

export type PickedActor = ExplorerActorSearchQuery['actors']['nodes'][number];

export function ActorPicker({ label, onPick }: { label: string; onPick: (actor: PickedActor) => void }) {
  const [name, setName] = useState('');
  const [found, setFound] = useState<PickedActor[] | null>(null);
  const [picked, setPicked] = useState<PickedActor | null>(null);
  const [problem, setProblem] = useState('');
  const search = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return;
    const result = await client
      .query(ExplorerActorSearchDocument, { name: name.trim() }, { requestPolicy: 'network-only' })
      .toPromise();
    setProblem(result.error ? result.error.message.replace(/^\[\w+\] /, '') : '');
    setFound(result.error ? null : (result.data?.actors.nodes ?? []));
  };
  return (
    <div class="actor-picker">
      <form onSubmit={search} class="inline-form">
        <label>
          {label}
          <input type="search" value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="submit">Find</button>
      </form>
      <Problems problems={problem ? [problem] : []} />
      {found && found.length === 0 && <p role="status">No actor has that name.</p>}
      {found && found.length > 0 && (
        <ul class="choices" aria-label="Actors found">
          {found.map((actor) => (
            <li key={actor.id}>
              <button
                type="button"
                aria-pressed={picked?.id === actor.id}
                onClick={() => {
                  setPicked(actor);
                  onPick(actor);
                }}
              >
                {actor.name}
                <span class="muted">
                  {' '}
                  · {actor.kind.toLowerCase()}
                  {actor.roles[0] ? ` · ${actor.roles[0].title}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
