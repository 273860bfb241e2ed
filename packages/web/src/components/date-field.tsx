import { useState } from 'react';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import 'dayjs/locale/da';
import 'dayjs/locale/en-gb';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../format/parse-date';

export interface DateFieldProps extends Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'dateParser' | 'valueFormat'
> {
  /** An ISO date ('2026-12-05'), or '' / null when empty. */
  readonly value?: string | null | undefined;
  /** Called with the ISO date, or '' when the field is cleared. */
  readonly onChange: (value: string) => void;
  readonly min?: string | undefined;
  readonly max?: string | undefined;
}

/**
 * Every date the user enters: shown and typed as dd.mm.åååå whatever the browser's locale
 * (the native date input follows the browser and showed mm/dd/yyyy), with Mantine's picker in
 * the UI language (weeks start on Monday). Values stay ISO dates, as the API expects, so the
 * field drops into `form.getInputProps(...)`. `min`/`max` grey out days in the picker but do
 * not swallow a typed date outside them (Mantine's minDate/maxDate would ignore it silently):
 * the server's message then names the field and says why.
 */
export function DateField({ value, onChange, min, max, onClick, onBlur, onKeyDown, popoverProps, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  // The calendar opens on a click (or Alt+↓), not on focus: Mantine opens it on focus, so a dialog
  // whose first field is a date had its next fields covered by the calendar before anyone asked.
  const [pickerOpen, setPickerOpen] = useState(false);
  const locale = i18n.language;
  return (
    <DatesProvider settings={{ locale: locale === 'da' ? 'da' : 'en-gb', firstDayOfWeek: 1 }}>
      <DateInput
        valueFormat="DD.MM.YYYY"
        placeholder={t('common.datePlaceholder')}
        dateParser={parseTypedDate}
        clearable={!props.required}
        clearButtonProps={{ 'aria-label': t('common.datePicker.clear') }}
        ariaLabels={{
          previousMonth: t('common.datePicker.previousMonth'),
          nextMonth: t('common.datePicker.nextMonth'),
          previousYear: t('common.datePicker.previousYear'),
          nextYear: t('common.datePicker.nextYear'),
          previousDecade: t('common.datePicker.previousDecade'),
          nextDecade: t('common.datePicker.nextDecade'),
          monthLevelControl: t('common.datePicker.chooseMonth'),
          yearLevelControl: t('common.datePicker.chooseYear'),
        }}
        {...props}
        value={value ? value : null}
        onChange={(next) => {
          setPickerOpen(false);
          onChange(next ?? '');
        }}
        onClick={(event) => {
          setPickerOpen(true);
          onClick?.(event);
        }}
        onBlur={(event) => {
          setPickerOpen(false);
          onBlur?.(event);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setPickerOpen(false);
          if (event.key === 'ArrowDown' && event.altKey) setPickerOpen(true);
          onKeyDown?.(event);
        }}
        popoverProps={{ ...popoverProps, opened: pickerOpen }}
        excludeDate={(day: string) => (min !== undefined && day < min) || (max !== undefined && day > max)}
      />
    </DatesProvider>
  );
}
