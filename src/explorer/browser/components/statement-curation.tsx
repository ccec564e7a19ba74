// Corrections to a statement where it is read: attribute it to another speaker (in one of their
// roles), or fix the role it was made in. Both go through the API's mutations with the reader's key.
import { useState } from 'preact/hooks';
import {
  ExplorerRoleUpdateDocument,
  StatementReattributeDocument,
  type ExplorerStatementCardFragment,
  type RoleKind,
} from '../../../client/generated/operations.ts';
import { mutate, problemsOf } from '../api/client.ts';
import { ActorPicker, type PickedActor } from './actor-picker.tsx';
import { Problems } from './problems.tsx';

const ROLE_KINDS: RoleKind[] = [
  'HEAD_OF_STATE',
  'HEAD_OF_GOVERNMENT',
  'MINISTER',
  'DIPLOMAT',
  'MILITARY',
  'LAWMAKER',
  'OFFICIAL',
  'SPOKESPERSON',
  'CANDIDATE',
  'JUDICIAL',
  'LAW_ENFORCEMENT',
  'LEGAL',
  'EXPERT',
  'EXECUTIVE',
  'JOURNALIST',
  'ACTIVIST',
  'OTHER',
];

export function StatementCuration({
  statement,
  onChanged,
}: {
  statement: ExplorerStatementCardFragment;
  onChanged: () => void;
}) {
  return (
    <details class="curation">
      <summary>Correct this statement</summary>
      <Reattribute statement={statement} onChanged={onChanged} />
      {statement.role && <FixRole role={statement.role} onChanged={onChanged} />}
    </details>
  );
}

function Reattribute({ statement, onChanged }: { statement: ExplorerStatementCardFragment; onChanged: () => void }) {
  const [speaker, setSpeaker] = useState<PickedActor | null>(null);
  const [roleId, setRoleId] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!speaker) return setProblems(['Find and choose the actor who made the statement.']);
    const { data, problems: failed } = await mutate(StatementReattributeDocument, {
      input: { statementId: statement.id, speakerId: speaker.id, roleId: roleId || null },
    });
    const errors = failed.length > 0 ? failed : problemsOf(data?.statementReattribute.userErrors ?? []);
    setProblems(errors);
    if (errors.length === 0) {
      setDone(`Now attributed to ${data?.statementReattribute.statement?.speaker.name}.`);
      onChanged();
    }
  };
  return (
    <section class="curation-step" aria-label="Reattribute">
      <h4>Who said it</h4>
      <ActorPicker label="Speaker's name" onPick={(actor) => (setSpeaker(actor), setRoleId(''))} />
      {speaker && (
        <form onSubmit={submit} class="inline-form">
          <label>
            In the role
            <select value={roleId} onChange={(event) => setRoleId(event.currentTarget.value)}>
              <option value="">no role given</option>
              {speaker.roles.map((role) => (
                <option key={role.id} value={role.id}>
                  {role.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Attribute to {speaker.name}</button>
        </form>
      )}
      <Problems problems={problems} />
      {done && <p role="status">{done}</p>}
    </section>
  );
}

function FixRole({
  role,
  onChanged,
}: {
  role: NonNullable<ExplorerStatementCardFragment['role']>;
  onChanged: () => void;
}) {
  const [title, setTitle] = useState(role.title);
  const [kind, setKind] = useState<RoleKind>(role.kind);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const { data, problems: failed } = await mutate(ExplorerRoleUpdateDocument, {
      input: { roleId: role.id, title, kind },
    });
    const errors = failed.length > 0 ? failed : problemsOf(data?.roleUpdate.userErrors ?? []);
    setProblems(errors);
    if (errors.length === 0) {
      setDone(`Role saved as “${data?.roleUpdate.role?.title}”.`);
      onChanged();
    }
  };
  return (
    <form class="curation-step" onSubmit={submit} aria-label="Fix the role">
      <h4>The role</h4>
      <label>
        Title
        <input value={title} onInput={(event) => setTitle(event.currentTarget.value)} />
      </label>
      <label>
        Kind
        <select value={kind} onChange={(event) => setKind(event.currentTarget.value as RoleKind)}>
          {ROLE_KINDS.map((option) => (
            <option key={option} value={option}>
              {option.toLowerCase().replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Save the role</button>
      <Problems problems={problems} />
      {done && <p role="status">{done}</p>}
    </form>
  );
}
