import type { ReactNode } from 'react';
import { Anchor, Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header';
import { PrintButton } from '../components/print-button';

interface CourseRecordHeaderProps {
  title: string;
  /** Which version, by whom. */
  description: string;
  citizenId: string;
  /** The citizen's name, for the way back to their page. */
  citizenName: string;
  /** The edit button; none when the reader may not edit. */
  edit: { label: string; onClick: () => void } | null;
  /** Buttons before the edit button. */
  actions?: ReactNode;
  /** A print button first: the record prints on its own (app/print.css). */
  printable?: boolean;
}

/** The head of an assessment's, plan's or decision's page: title, version, buttons and the way back to the citizen. */
export function CourseRecordHeader({
  title,
  description,
  citizenId,
  citizenName,
  edit,
  actions,
  printable = false,
}: CourseRecordHeaderProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          actions || edit || printable ? (
            <>
              {printable ? <PrintButton /> : null}
              {actions}
              {edit ? (
                <Button variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={edit.onClick}>
                  {edit.label}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      <Anchor component={Link} to={`/citizens/${citizenId}`} size="sm" mb="md" display="inline-block" className="print-hidden">
        {t('plans.backToCitizen', { name: citizenName })}
      </Anchor>
    </>
  );
}
