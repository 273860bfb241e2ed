import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { Button, Group, Stack, type MantineColor, type MantineSize, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from './app-modal';
import { ErrorAlert } from './error-alert';

export interface SubmitButton {
  label: string;
  loading: boolean;
  disabled?: boolean;
  color?: MantineColor | undefined;
}

interface FormActionsProps {
  onCancel: () => void;
  submit: SubmitButton;
  /** Space above the buttons. */
  mt?: MantineSpacing;
}

/** A form's cancel and submit buttons, at its end on the right. */
export function FormActions({ onCancel, submit, mt }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={submit.loading} disabled={submit.disabled} color={submit.color}>
        {submit.label}
      </Button>
    </Group>
  );
}

interface FormModalProps {
  title: string;
  size?: MantineSize;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** The save's error: its message above the fields (a field's own message stands at the field). */
  error: unknown;
  submit: SubmitButton;
  /** Space above the buttons. */
  actionsMt?: MantineSpacing;
  /** What stands above the save's error: a line saying what the dialog does. */
  lead?: ReactNode;
  children: ReactNode;
}

/**
 * After a refused save, the focus goes to the first field the server named (or to the message
 * when it names none): in a long dialog the user is at the submit button, far from what is wrong.
 */
export function useFocusFirstError(error: unknown) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!error) return;
    const focusedAtRefusal = document.activeElement;
    const frame = requestAnimationFrame(() => {
      const form = formRef.current;
      // The user has already gone on to another field since the refusal came: leave them there (a
      // fast typist, or a robot, would otherwise have their next keystrokes land in another field).
      const focused = document.activeElement;
      if (focused !== focusedAtRefusal && isEditable(focused) && form?.contains(focused)) return;
      const target =
        form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
      if (!target) return;
      if (target.getAttribute('role') === 'alert' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [error]);
  return formRef;
}

function isEditable(element: Element | null): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

/** A dialog holding one form: the save's error, the fields, then cancel and submit. Cancel closes it. */
export function FormModal({ title, size, onClose, onSubmit, error, submit, actionsMt, lead, children }: FormModalProps) {
  const formRef = useFocusFirstError(error);
  return (
    <AppModal opened onClose={onClose} title={title} size={size}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <Stack>
          {lead}
          <ErrorAlert error={error} />
          {children}
          <FormActions onCancel={onClose} submit={submit} mt={actionsMt} />
        </Stack>
      </form>
    </AppModal>
  );
}
