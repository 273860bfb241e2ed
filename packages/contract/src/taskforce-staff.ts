/**
 * The taskforce's own people on a course (issue 13, Access): the national agency's consultants
 * and Ankestyrelsen's reviewers who work on it, and so reach it. The course answer lists them
 * (`staff`); a consultant on the course or the national agency's administrator adds and removes
 * them, choosing among the national users who may work on a course.
 */
import { z } from 'zod';
import { idParamsSchema, idSchema } from './common';
import { defineRoute } from './route';
import { taskforceCourseSchema, taskforceStaffMemberSchema } from './taskforce';

export const taskforceStaffCandidateListSchema = z.object({ items: z.array(taskforceStaffMemberSchema) });
export type TaskforceStaffCandidateList = z.infer<typeof taskforceStaffCandidateListSchema>;

export const addTaskforceStaffBodySchema = z.object({ userId: idSchema });
export type AddTaskforceStaffBody = z.input<typeof addTaskforceStaffBodySchema>;

export const taskforceStaffParamsSchema = z.object({ id: idSchema, userId: idSchema });

export const taskforceStaffRoutes = {
  listStaffCandidates: defineRoute({
    name: 'listTaskforceStaffCandidates',
    method: 'GET',
    path: '/api/taskforce/courses/:id/staff-candidates',
    summary: 'The national users who may be added to the course’s staff (the taskforce’s consultants and reviewers not on it)',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_course.staff_candidates',
    shape: 'item',
    params: idParamsSchema,
    response: taskforceStaffCandidateListSchema,
  }),
  addStaff: defineRoute({
    name: 'addTaskforceCourseStaff',
    method: 'POST',
    path: '/api/taskforce/courses/:id/staff',
    summary: 'Put a consultant or reviewer of the national organisation on the course (422 on `userId` for anyone else)',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_course.staff_add',
    shape: 'item',
    params: idParamsSchema,
    body: addTaskforceStaffBodySchema,
    response: taskforceCourseSchema,
    status: 201,
  }),
  removeStaff: defineRoute({
    name: 'removeTaskforceCourseStaff',
    method: 'DELETE',
    path: '/api/taskforce/courses/:id/staff/:userId',
    summary: 'Take someone off the course’s staff (422 when they are its last consultant)',
    tags: ['taskforce'],
    permission: 'organisation.read',
    audit: 'taskforce_course.staff_remove',
    shape: 'item',
    params: taskforceStaffParamsSchema,
    // Empty: the caller may have taken themselves off, and then no longer reaches the course.
    response: z.null(),
    status: 204,
  }),
};
