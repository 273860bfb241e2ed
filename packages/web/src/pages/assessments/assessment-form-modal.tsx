import type { ChangeEvent } from 'react';
import { NativeSelect, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentArea, CreateAssessmentBody } from '@hjemvej/contract';
import { todayInDenmark } from '../../format/date';
import {
  functionLevels,
  goalTypes,
  pick,
  supportNeeds,
  vumAreaGroups,
  vumAreas,
  vumAreasOf,
  type FunctionLevel,
  type GoalType,
  type SupportNeed,
  type VumArea,
} from '../../course-records/course-options';
import { courseRecordFormHook, type CourseRecordFormProps } from '../../course-records/use-course-record-form';
import { VersionedRecordModal } from '../../course-records/versioned-record-modal';
import { useAssessmentVocabulary } from './assessment-vocabulary';
import { assessmentHooks } from './use-assessments';
import '../../course-records/course-records.css';
import { DateField } from '../../components/date-field';

/** The grades of each graded field of an area. */
const gradings = { functionLevel: functionLevels, supportNeed: supportNeeds } as const;

interface AreaDraft {
  functionLevel: FunctionLevel;
  supportNeed: SupportNeed;
  goalType: GoalType | null;
  note: string;
}

interface Draft {
  assessedOn: string;
  areas: Record<VumArea, AreaDraft>;
  summary: string;
  citizenView: string;
}

const emptyArea: AreaDraft = { functionLevel: 'not_assessed', supportNeed: 'not_assessed', goalType: null, note: '' };

function draftOf(assessment: Assessment | null): Draft {
  const byArea = new Map<string, AssessmentArea>((assessment?.areas ?? []).map((area) => [area.area, area]));
  const areas = Object.fromEntries(
    vumAreas.map((area) => {
      const stored = byArea.get(area);
      return [
        area,
        stored
          ? {
              functionLevel: stored.functionLevel,
              supportNeed: stored.supportNeed,
              goalType: stored.goalType,
              note: stored.note ?? '',
            }
          : emptyArea,
      ];
    }),
  ) as Record<VumArea, AreaDraft>;
  return {
    assessedOn: assessment?.assessedOn ?? todayInDenmark(),
    areas,
    summary: assessment?.summary ?? '',
    citizenView: assessment?.citizenView ?? '',
  };
}

/** Areas with anything said about them; those left out are "ikke vurderet". */
function areasOf(draft: Draft): CreateAssessmentBody['areas'] {
  return vumAreas
    .map((area) => ({ area, ...draft.areas[area] }))
    .filter(
      (item) =>
        item.functionLevel !== 'not_assessed' ||
        item.supportNeed !== 'not_assessed' ||
        item.goalType !== null ||
        item.note.trim() !== '',
    )
    .map((item) => ({
      area: item.area,
      functionLevel: item.functionLevel,
      supportNeed: item.supportNeed,
      goalType: item.goalType,
      note: item.note,
    }));
}

const useAssessmentForm = courseRecordFormHook(
  assessmentHooks,
  draftOf,
  (draft: Draft): CreateAssessmentBody => ({
    assessedOn: draft.assessedOn,
    areas: areasOf(draft),
    summary: draft.summary,
    citizenView: draft.citizenView,
  }),
  // Every save of an assessment makes a version, announced only as saved.
  { skipUnchanged: false, announcesVersion: false },
);

/**
 * A VUM 2.0 assessment: per area the level of function, support need, goal type and a note, the
 * caseworker's overall assessment and the citizen's own view in their own words.
 */
export function AssessmentFormModal(props: CourseRecordFormProps<Assessment>) {
  const { t } = useTranslation();
  const { form, modal } = useAssessmentForm(props, useAssessmentVocabulary(), (key, values) => t(`assessments.${key}`, values));
  const draft = form.values;

  const levelOptions = functionLevels.map((value) => ({ value, label: t(`assessments.functionLevel.${value}`) }));
  const needOptions = supportNeeds.map((value) => ({ value, label: t(`assessments.supportNeed.${value}`) }));
  const goalOptions = [
    { value: '', label: t('assessments.noGoal') },
    ...goalTypes.map((value) => ({ value, label: t(`assessments.goalType.${value}`) })),
  ];
  // Level of function and support need are both gradings of an area that fall back to "not assessed".
  const gradingProps = (area: VumArea, field: keyof typeof gradings) => ({
    ...form.getInputProps(`areas.${area}.${field}`),
    onChange: (event: ChangeEvent<HTMLSelectElement>) =>
      form.setFieldValue(`areas.${area}.${field}`, pick(gradings[field], event.currentTarget.value) ?? 'not_assessed'),
  });

  return (
    <VersionedRecordModal {...modal}>
      <DateField
        label={t('assessments.assessedOn')}
        required
        max={todayInDenmark()}
        {...form.getInputProps('assessedOn')}
        maw={240}
        data-autofocus
      />
      <Textarea
        label={t('assessments.citizenView')}
        description={t('assessments.citizenViewHint')}
        autosize
        minRows={3}
        {...form.getInputProps('citizenView')}
      />
      {vumAreaGroups.map((group) => (
        <Stack key={group} gap="sm">
          <Title order={3} size="h5">
            {t(`assessments.group.${group}`)}
          </Title>
          <Stack gap="sm">
            {vumAreasOf(group).map((area) => {
              const value = draft.areas[area];
              const index = vumAreas.indexOf(area);
              return (
                <fieldset key={area} className="assessment-area" data-testid={`assessment-area-${area}`}>
                  <legend>{t(`assessments.area.${area}`)}</legend>
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                    <NativeSelect
                      label={t('assessments.functionLevelLabel')}
                      data={levelOptions}
                      {...gradingProps(area, 'functionLevel')}
                      error={form.fieldError(`areas.${index}`)}
                    />
                    <NativeSelect
                      label={t('assessments.supportNeedLabel')}
                      data={needOptions}
                      {...gradingProps(area, 'supportNeed')}
                    />
                    <NativeSelect
                      label={t('assessments.goalTypeLabel')}
                      data={goalOptions}
                      {...form.getInputProps(`areas.${area}.goalType`)}
                      value={value.goalType ?? ''}
                      onChange={(event) =>
                        form.setFieldValue(`areas.${area}.goalType`, pick(goalTypes, event.currentTarget.value))
                      }
                    />
                  </SimpleGrid>
                  <Textarea
                    mt="xs"
                    label={t('assessments.note')}
                    autosize
                    minRows={1}
                    {...form.getInputProps(`areas.${area}.note`)}
                  />
                </fieldset>
              );
            })}
          </Stack>
        </Stack>
      ))}
      <Textarea label={t('assessments.summary')} autosize minRows={2} {...form.getInputProps('summary')} />
    </VersionedRecordModal>
  );
}
