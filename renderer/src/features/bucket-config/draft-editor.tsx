import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import { useContract } from '../../contract/contract-context.js';
import type {
  ConfigKindDefinition,
  ConfigTarget,
  RawFormat,
  RawProblem,
  ValidationContext,
} from './config-kind.js';
import { OutcomeNote } from './config-outcome.js';
import type { ConfigOutcome } from './config-outcome.js';
import { ConfirmStep } from './confirm-step.js';
import { configQuery } from './config-queries.js';
import { DiffView } from './diff-view.js';
import { useReportDirty } from './dirty-drafts.js';
import { draftOf, withFormat, withModel, withRaw } from './editor-state.js';
import type { EditorDraft } from './editor-state.js';
import { jsonPathLine } from './json-locate.js';
import { configMessages as m } from './messages.js';
import { RawPane } from './raw-pane.js';
import { ViewToolbar } from './view-toolbar.js';
import type { EditorView } from './view-toolbar.js';

interface DraftEditorProps<Model> {
  definition: ConfigKindDefinition<Model>;
  target: ConfigTarget;
  context: ValidationContext;
  server: ConfigState<Model>;
  kindName: string;
  outcome: ConfigOutcome | undefined;
  onOutcome: (outcome: ConfigOutcome | undefined) => void;
  /** After Apply or Delete read the server again: the editor starts over from it. */
  onReread: () => void;
}

type Phase = 'edit' | 'review' | 'delete';

function rawLineOf<Model>(
  definition: ConfigKindDefinition<Model>,
  draft: EditorDraft<Model>,
  path: string,
): number | undefined {
  if (definition.rawLine !== undefined) return definition.rawLine(draft.raw, draft.format, path);
  return draft.format === 'json' ? jsonPathLine(draft.raw, path) : undefined;
}

/** The draft of one configuration: form or raw, review, apply, delete. */
export function DraftEditor<Model>({
  definition,
  target,
  context,
  server,
  kindName,
  outcome,
  onOutcome,
  onReread,
}: DraftEditorProps<Model>) {
  const client = useContract();
  const queryClient = useQueryClient();
  const firstFormat: RawFormat = definition.rawFormats[0] ?? 'json';
  const stored = server.state === 'set' ? server.config : undefined;
  const [draft, setDraft] = useState<EditorDraft<Model> | undefined>(() =>
    stored === undefined ? undefined : draftOf(definition, stored, firstFormat),
  );
  const [view, setView] = useState<EditorView>('form');
  const [phase, setPhase] = useState<Phase>('edit');

  const format = draft?.format ?? firstFormat;
  const serverRaw = useMemo(
    () => (stored === undefined ? '' : definition.toRaw(stored, format)),
    [definition, stored, format],
  );
  const sendRaw = useMemo(
    () => (draft === undefined ? '' : definition.toRaw(draft.model, format)),
    [definition, draft, format],
  );

  useReportDirty(
    kindName,
    draft !== undefined && (draft.rawProblems.length > 0 || sendRaw !== serverRaw),
  );

  const reread = useCallback(
    () => queryClient.fetchQuery(configQuery(client, definition, target)),
    [queryClient, client, definition, target],
  );

  const apply = useMutation({
    mutationFn: async (model: Model) => {
      await definition.save(client, target, model);
      const after = await reread();
      onOutcome({
        kind: 'saved',
        sent: definition.toRaw(model, format),
        stored: after.state === 'set' ? definition.toRaw(after.config, format) : '',
      });
      onReread();
    },
  });
  const remove = useMutation({
    mutationFn: async () => {
      await definition.remove?.(client, target);
      await reread();
      onOutcome({ kind: 'deleted', kindName });
      onReread();
    },
  });

  const update = (next: EditorDraft<Model>): void => {
    onOutcome(undefined);
    setDraft(next);
  };

  const outcomeNote =
    outcome === undefined ? null : (
      <OutcomeNote outcome={outcome} onDismiss={() => onOutcome(undefined)} />
    );

  if (draft === undefined && definition.NoneState !== undefined) {
    return <definition.NoneState context={context} />;
  }
  if (draft === undefined) {
    return (
      <div className="config-editor">
        {outcomeNote}
        <div className="config-state" data-state="none">
          <p className="config-state-title">{m.noneTitle(kindName)}</p>
          <p className="muted">{m.noneHint}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => update(draftOf(definition, definition.emptyModel(context), format))}
          >
            {m.create}
          </button>
        </div>
      </div>
    );
  }

  const parses = draft.rawProblems.length === 0;
  const errors = parses ? definition.validate(draft.model, context) : {};
  const problems: readonly RawProblem[] = parses
    ? Object.entries(errors).map(([path, message]) => ({
        line: rawLineOf(definition, draft, path),
        message,
      }))
    : draft.rawProblems;
  const changed = !parses || sendRaw !== serverRaw;
  const wholeError = errors[''];
  const { Form } = definition;

  if (phase === 'review') {
    return (
      <section className="config-editor config-review" aria-label={m.reviewTitle}>
        <h3 className="config-heading">{m.reviewTitle}</h3>
        <p className="muted">{m.reviewIntro}</p>
        <ConfirmStep
          error={apply.error}
          pending={apply.isPending}
          cancelLabel={m.backToEditing}
          confirmLabel={m.apply}
          pendingLabel={m.applying}
          onCancel={() => setPhase('edit')}
          onConfirm={() => apply.mutate(draft.model)}
        >
          <DiffView before={serverRaw} after={sendRaw} label={m.diffLabel} />
        </ConfirmStep>
      </section>
    );
  }

  return (
    <section className="config-editor" aria-label={m.editorLabel(kindName)}>
      {outcomeNote}
      <ViewToolbar
        view={view}
        onView={setView}
        formats={definition.rawFormats}
        format={draft.format}
        formatLocked={!parses}
        onFormat={(next) => update(withFormat(definition, draft, next))}
      />

      {view === 'form' &&
        (parses ? (
          <Form
            model={draft.model}
            errors={errors}
            context={context}
            onChange={(model) => update(withModel(definition, draft, model))}
          />
        ) : (
          <p className="message message-error" role="alert">
            {m.fixRawFirst}
          </p>
        ))}
      {view === 'raw' && (
        <RawPane
          text={draft.raw}
          format={draft.format}
          problems={problems}
          note={definition.rawNote?.(draft.raw)}
          onChange={(text) => update(withRaw(definition, draft, text))}
        />
      )}
      {view === 'form' && wholeError !== undefined && (
        <p className="message message-error" role="alert">
          {wholeError}
        </p>
      )}

      {phase === 'delete' ? (
        <div className="config-confirm" role="alertdialog" aria-label={m.deleteYes}>
          <ConfirmStep
            error={remove.error}
            pending={remove.isPending}
            cancelLabel={m.cancel}
            confirmLabel={m.deleteYes}
            pendingLabel={m.deleting}
            danger
            onCancel={() => setPhase('edit')}
            onConfirm={() => remove.mutate()}
          >
            <p>{m.deleteConfirm(kindName)}</p>
          </ConfirmStep>
        </div>
      ) : (
        <div className="config-actions">
          <button
            type="button"
            className="button"
            disabled={!changed}
            // Nothing on the server: back to the "none configured" state.
            onClick={() => {
              if (stored === undefined) setDraft(undefined);
              else update(draftOf(definition, stored, format));
            }}
          >
            {m.discard}
          </button>
          {definition.remove !== undefined && stored !== undefined && (
            <button type="button" className="button" onClick={() => setPhase('delete')}>
              {m.deleteAction}
            </button>
          )}
          <span className="spacer" />
          <span className="config-status" role="status">
            {problems.length > 0 ? m.problemCount(problems.length) : changed ? '' : m.noChanges}
          </span>
          <button
            type="button"
            className="button button-primary"
            disabled={problems.length > 0 || !changed}
            onClick={() => setPhase('review')}
          >
            {m.review}
          </button>
        </div>
      )}
    </section>
  );
}
