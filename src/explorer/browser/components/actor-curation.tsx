// Corrections to an actor where it is read: merge another actor into it (two records of one person),
// or add another name for it. Both go through the API's mutations with the reader's key.
import { useState } from 'preact/hooks';
import { ExplorerActorAliasAddDocument, ExplorerActorMergeDocument } from '../../../client/generated/operations.ts';
import { mutate, problemsOf } from '../api/client.ts';
import { ActorPicker, type PickedActor } from './actor-picker.tsx';
import { Problems } from './problems.tsx';

export function ActorCuration({ actor, onChanged }: { actor: { id: string; name: string }; onChanged: () => void }) {
  return (
    <section class="panel curation-panel" aria-labelledby="curation-heading">
      <h2 id="curation-heading">Correct {actor.name}</h2>
      <MergeInto actor={actor} onChanged={onChanged} />
      <AddAlias actor={actor} onChanged={onChanged} />
    </section>
  );
}

function MergeInto({ actor, onChanged }: { actor: { id: string; name: string }; onChanged: () => void }) {
  const [source, setSource] = useState<PickedActor | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const merge = async () => {
    if (!source) return;
    const { data, problems: failed } = await mutate(ExplorerActorMergeDocument, {
      input: { sourceId: source.id, targetId: actor.id },
    });
    const errors = failed.length > 0 ? failed : problemsOf(data?.actorMerge.userErrors ?? []);
    setProblems(errors);
    if (errors.length === 0) {
      setDone(`${source.name} is now part of ${actor.name}.`);
      setSource(null);
      onChanged();
    }
  };
  return (
    <div class="curation-step">
      <h3>Merge another actor into this one</h3>
      <ActorPicker label="The other actor's name" onPick={setSource} />
      {source && (
        <button type="button" onClick={merge}>
          Merge {source.name} into {actor.name}
        </button>
      )}
      <Problems problems={problems} />
      {done && <p role="status">{done}</p>}
    </div>
  );
}

function AddAlias({ actor, onChanged }: { actor: { id: string; name: string }; onChanged: () => void }) {
  const [alias, setAlias] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const { data, problems: failed } = await mutate(ExplorerActorAliasAddDocument, {
      input: { actorId: actor.id, alias },
    });
    const errors = failed.length > 0 ? failed : problemsOf(data?.actorAliasAdd.userErrors ?? []);
    setProblems(errors);
    if (errors.length === 0) {
      setDone(`“${alias}” added.`);
      setAlias('');
      onChanged();
    }
  };
  return (
    <form class="curation-step inline-form" onSubmit={submit}>
      <h3>Add another name</h3>
      <label>
        Alias
        <input value={alias} onInput={(event) => setAlias(event.currentTarget.value)} />
      </label>
      <button type="submit">Add the alias</button>
      <Problems problems={problems} />
      {done && <p role="status">{done}</p>}
    </form>
  );
}
