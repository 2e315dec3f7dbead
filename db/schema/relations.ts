import { relations } from "drizzle-orm";
import { bodies, bodyMembers } from "./bodies";
import { meetings, scSessions } from "./meetings";
import { organizations } from "./organizations";
import { memberships, users } from "./users";
import { decisions, tasks } from "./work";

export const usersRelations = relations(users, ({ many }) => ({
  memberships: many(memberships),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
  organization: one(organizations, {
    fields: [memberships.organizationId],
    references: [organizations.id],
  }),
  body: one(bodies, { fields: [memberships.bodyId], references: [bodies.id] }),
}));

export const organizationsRelations = relations(organizations, ({ many }) => ({
  memberships: many(memberships),
  bodyMemberships: many(bodyMembers),
}));

export const bodiesRelations = relations(bodies, ({ many }) => ({
  memberships: many(memberships),
  members: many(bodyMembers),
  decisions: many(decisions),
  tasks: many(tasks),
}));

export const bodyMembersRelations = relations(bodyMembers, ({ one }) => ({
  body: one(bodies, { fields: [bodyMembers.bodyId], references: [bodies.id] }),
  organization: one(organizations, {
    fields: [bodyMembers.organizationId],
    references: [organizations.id],
  }),
}));

export const meetingsRelations = relations(meetings, ({ one, many }) => ({
  scSession: one(scSessions, { fields: [meetings.scSessionId], references: [scSessions.id] }),
  decisions: many(decisions),
}));

export const decisionsRelations = relations(decisions, ({ one, many }) => ({
  meeting: one(meetings, { fields: [decisions.meetingId], references: [meetings.id] }),
  responsibleBody: one(bodies, { fields: [decisions.responsibleBodyId], references: [bodies.id] }),
  tasks: many(tasks),
}));

export const tasksRelations = relations(tasks, ({ one }) => ({
  body: one(bodies, { fields: [tasks.bodyId], references: [bodies.id] }),
  decision: one(decisions, { fields: [tasks.decisionId], references: [decisions.id] }),
}));
