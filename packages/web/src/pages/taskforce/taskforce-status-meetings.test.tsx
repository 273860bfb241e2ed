import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { List } from '@mantine/core';
import { renderWithProviders } from '../../test/render';
import { MeetingLines, MeetingPart } from './taskforce-status-meetings';

describe('MeetingPart and MeetingLines', () => {
  it('name the part of the meeting, then give its lines in order', () => {
    renderWithProviders(
      <MeetingPart title="Beslutninger">
        <MeetingLines empty="Ingen beslutninger">
          {['Ring til udlejer', 'Book møde'].map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </MeetingLines>
      </MeetingPart>,
    );
    expect(screen.getByText('Beslutninger')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Ring til udlejer', 'Book møde']);
    expect(screen.queryByText('Ingen beslutninger')).toBeNull();
  });

  it('say that there are none when the part has no lines', () => {
    renderWithProviders(
      <MeetingPart title="Handlinger">
        <MeetingLines empty="Ingen handlinger">{[]}</MeetingLines>
      </MeetingPart>,
    );
    expect(screen.getByText('Handlinger')).toBeTruthy();
    expect(screen.getByText('Ingen handlinger')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
