import { sql } from "drizzle-orm";
import type { Db } from "./client";

// A generated decade on top of the demo data, for measuring the application at the size a
// secretariat reaches after years of use (npm run db:history). Plausible and deterministic:
// every value and id derives from the seed through md5/hashtext in the SQL itself, so two
// runs with the same options produce the same rows, and the bulk inserts are fast
// (generate_series, no row-by-row round trips).
//
// The world moves to 1 March of the year after the last generated meeting: meetings 7 to
// 6 + years were held each September next to the Council and concluded, with invitations and
// attendance, decisions, tasks and their progress notes, the bodies' reports and revisions,
// records with comments and their dispositions, the activity log and the outbox.

export type HistoryOptions = { years: number; scale: number; seed: string };

export type HistoryVolumes = {
  organizations: number;
  meetings: number;
  bodies: number;
  decisions: number;
  tasks: number;
  taskUpdates: number;
  reports: number;
  reportRevisions: number;
  records: number;
  recordComments: number;
  auditRows: number;
  outbox: number;
};

/** The volumes for a decade at scale 1 (issue 13), proportional to years and scale. */
export function historyVolumes({ years, scale }: HistoryOptions): HistoryVolumes {
  const f = (years / 10) * scale;
  const n = (x: number) => Math.max(1, Math.round(x * f));
  const meetings = years;
  const reports = n(3_000);
  return {
    organizations: 5, // 25 in all with the demo's 20
    meetings,
    // One report per body and meeting (reports are unique per pair): as many bodies as needed.
    bodies: Math.ceil(reports / meetings),
    decisions: meetings * 16,
    tasks: n(10_000),
    taskUpdates: n(50_000),
    reports,
    reportRevisions: n(15_000),
    records: n(200),
    recordComments: n(50_000),
    auditRows: n(100_000),
    outbox: n(20_000),
  };
}

/**
 * A deterministic uuid for the i-th row of a kind (md5 of the seed, the kind and i), shaped as a
 * version 4 uuid (version and variant digits set) like those the database makes: the forms'
 * and actions' schemas accept nothing else (z.uuid()), so a generated meeting can be worked on.
 */
const uuidOf = (seed: string, kind: string, i: string) =>
  `overlay(overlay(md5('${seed}:${kind}:' || ${i}) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`;
/** A deterministic integer in [0, n) for the i-th row of a kind. */
const pick = (seed: string, kind: string, i: string, n: number) =>
  `(abs(hashtext('${seed}:${kind}:' || ${i})) % ${n})`;

export async function loadHistory(db: Db, options: HistoryOptions): Promise<HistoryVolumes> {
  const v = historyVolumes(options);
  const seed = options.seed.replace(/[^\w-]/g, "");
  const u = (kind: string, i: string) => uuidOf(seed, kind, i);
  const p = (kind: string, i: string, n: number) => pick(seed, kind, i, n);
  const firstYear = 2006;
  const lastYear = firstYear + v.meetings - 1;
  const asOf = `${lastYear + 1}-03-01`;

  await db.transaction(async (tx) => {
    const run = (statement: string) => tx.execute(sql.raw(statement));
    // Organizations beyond the demo's twenty.
    await run(`insert into organizations (id, name, short_name, kind, headquarters, languages)
      select ${u("org", "g")}, 'Regional organization ' || g, 'RO' || g,
        (array['chapter_viii_regional','chapter_viii_subregional','other_intergovernmental']::organization_kind[])[1 + ${p("orgkind", "g", 3)}],
        (array['Nairobi','Bangkok','Panama City','Riga','Abuja'])[1 + ${p("orghq", "g", 5)}], '{en,fr}'
      from generate_series(1, ${v.organizations}) g on conflict do nothing`);
    // Bodies: the demo's seven and task forces set up over the years (most closed since).
    await run(`insert into bodies (id, kind, name, slug, mandate, active_from, active_to)
      select ${u("body", "g")}, 'working_group', 'Task force ' || g || ' on regional cooperation',
        'history-task-force-' || g, 'Generated for the benchmark.',
        make_date(${firstYear} + ${p("bodyfrom", "g", v.meetings)}, 1, 15),
        case when ${p("bodyopen", "g", 4)} = 0 then null else make_date(${lastYear}, 12, 31) end
      from generate_series(1, ${Math.max(0, v.bodies - 7)}) g on conflict do nothing`);
    // Meetings 7 … 6 + years, each in September next to the Council, concluded.
    await run(`insert into meetings (id, sequence_number, title, theme, starts_on, ends_on, status, organizations_count, summary)
      select ${u("meeting", "k")}, 6 + k, 'High-level meeting no. ' || (6 + k),
        'Partnership for peace and security, year ' || (${firstYear} - 1 + k),
        make_date(${firstYear} - 1 + k, 9, 20 + (k % 5)), make_date(${firstYear} - 1 + k, 9, 21 + (k % 5)),
        'concluded', 25, 'Generated history.'
      from generate_series(1, ${v.meetings}) k on conflict do nothing`);
    await run(`insert into meeting_deadlines (meeting_id, kind, due_at)
      select m.id, d.kind::deadline_kind, ((m.starts_on + d.shift) + time '18:00') at time zone 'America/New_York'
      from meetings m cross join (values ('invitation_replies', -28), ('working_group_reports', -21), ('record_comments', 21)) d(kind, shift)
      where m.sequence_number > 6 on conflict do nothing`);
    // Invitations of every organization, replies and attendance.
    await run(`insert into invitations (meeting_id, organization_id, status, representation_level, head_attending,
        delegation, replied_at, attended, head_present, version)
      select m.id, o.id,
        (array['confirmed','confirmed','confirmed','declined']::invitation_status[])[1 + ${p("inv", "m.id::text || o.id::text", 4)}],
        'senior_official', ${p("head", "m.id::text || o.id::text", 2)} = 0,
        '[{"name":"Delegate","title":"Adviser","email":"delegate@example.org"}]'::jsonb,
        m.starts_on - 30, true, ${p("head", "m.id::text || o.id::text", 2)} = 0, 2
      from meetings m cross join organizations o where m.sequence_number > 6 on conflict do nothing`);
    // Decisions, sixteen per meeting, spread over the bodies.
    const numberedBodies = `nb as (select id, row_number() over (order by slug) - 1 as rn from bodies)`;
    await run(`with ${numberedBodies}
      insert into decisions (id, meeting_id, position, title, text, responsible_body_id)
      select ${u("decision", "m.sequence_number || '-' || d")}, m.id, d, 'Decision ' || d || ' of meeting ' || m.sequence_number,
        'The participants agreed to carry the partnership forward on item ' || d || '.', nb.id
      from meetings m cross join generate_series(1, 16) d
      join nb on nb.rn = ${p("decbody", "m.sequence_number || '-' || d", 7)}
      where m.sequence_number > 6 on conflict do nothing`);
    // Tasks for the decisions, and their progress notes.
    await run(`with ${numberedBodies},
        nd as (select d.id, d.meeting_id, row_number() over (order by d.id) - 1 as rn from decisions d
          join meetings m on m.id = d.meeting_id where m.sequence_number > 6)
      insert into tasks (id, title, detail, body_id, status, progress, due_on, decision_id, meeting_id, created_at, updated_at)
      select ${u("task", "t")}, 'Task ' || t || ': follow up the decision', '', nb.id,
        (array['done','done','in_progress','not_started','blocked','cancelled']::task_status[])[1 + ${p("taskstatus", "t", 6)}],
        0, make_date(${firstYear} + ${p("taskyear", "t", v.meetings)}, 1 + ${p("taskmonth", "t", 12)}, 1 + ${p("taskday", "t", 28)}),
        nd.id, nd.meeting_id,
        make_timestamptz(${firstYear} + ${p("taskyear", "t", v.meetings)}, 1, 1, 12, 0, 0), now()
      from generate_series(1, ${v.tasks}) t
      join nb on nb.rn = ${p("taskbody", "t", Math.max(1, v.bodies))}
      join nd on nd.rn = ${p("taskdecision", "t", v.decisions)}
      on conflict do nothing`);
    await run(`update tasks set progress = case status when 'done' then 100 when 'not_started' then 0
        else 10 * (1 + (abs(hashtext(id::text)) % 9)) end where title like 'Task %: follow up the decision'`);
    await run(`with nt as (select id, status, progress, created_at, row_number() over (order by id) - 1 as rn
        from tasks where title like 'Task %: follow up the decision')
      insert into task_updates (task_id, status, progress, note, created_at)
      select nt.id, nt.status, nt.progress, 'Progress note ' || n,
        nt.created_at + ((n % 700) || ' days')::interval
      from generate_series(1, ${v.taskUpdates}) n
      join nt on nt.rn = ${p("note", "n", v.tasks)}`);
    // Reports: one per body and meeting, accepted; revisions of each.
    await run(`insert into reports (id, body_id, meeting_id, status, title, summary, body, recommendations,
        due_at, requested_at, submitted_at, reviewed_at, version)
      select ${u("report", "b.slug || m.sequence_number")}, b.id, m.id, 'accepted',
        'Report of ' || b.name || ' to meeting ' || m.sequence_number, 'What the group did this year.',
        '## Work\n\nThe group met ' || (1 + ${p("meetings", "b.slug || m.sequence_number", 6)}) || ' times.',
        '[{"id":"r1","text":"Continue the work."},{"id":"r2","text":"Report next year."}]'::jsonb,
        (m.starts_on - 21)::timestamptz, (m.starts_on - 60)::timestamptz, (m.starts_on - 25)::timestamptz,
        (m.starts_on - 20)::timestamptz, 5
      from (select * from bodies order by slug limit ${v.bodies}) b
      cross join meetings m where m.sequence_number > 6
      order by m.sequence_number, b.slug limit ${v.reports} on conflict do nothing`);
    await run(`insert into report_revisions (report_id, version, title, summary, body, status, created_at)
      select r.id, v, r.title, r.summary, r.body || ' (revision ' || v || ')', 'draft', r.requested_at + (v || ' days')::interval
      from reports r cross join generate_series(1, ${Math.max(1, Math.round(v.reportRevisions / v.reports))}) v
      where r.title like 'Report of % to meeting %' on conflict do nothing`);
    // Records: Chair's conclusions, detailed record and statements, final; frozen versions;
    // comments with their dispositions.
    await run(`insert into records (id, meeting_id, kind, title, symbol, status, paragraphs, position, version)
      select ${u("record", "r")}, m.id,
        (array['chairs_conclusions','detailed_record','statement','declaration']::record_kind[])[1 + (r % 4)],
        'Record ' || r || ' of meeting ' || m.sequence_number, 'A/' || (60 + m.sequence_number - 6) || '/' || (300 + r),
        'final', (select jsonb_agg(jsonb_build_object('number', n, 'text', 'Paragraph ' || n || ' of the record.')) from generate_series(1, 12) n),
        1 + r % 20, 3
      from generate_series(1, ${v.records}) r
      join meetings m on m.sequence_number = 7 + (r % ${v.meetings}) on conflict do nothing`);
    // Circulated to every organization a month after the meeting, comments due a month later.
    await run(`insert into record_versions (record_id, version, title, paragraphs, stage, comment_deadline,
        recipient_organization_ids, circulated_at)
      select r.id, 1, r.title, r.paragraphs, 'circulated', m.ends_on + interval '60 days',
        (select jsonb_agg(o.id::text order by o.id) from organizations o), m.ends_on + interval '30 days'
      from records r join meetings m on m.id = r.meeting_id where r.title like 'Record % of meeting %'
      on conflict do nothing`);
    await run(`with nr as (select id, row_number() over (order by id) - 1 as rn from records
          where title like 'Record % of meeting %'),
        no as (select id, row_number() over (order by id) - 1 as rn from organizations)
      insert into record_comments (record_id, record_version, organization_id, paragraph_number, text, proposed_text,
        disposition, disposition_reason, disposition_at, created_at, updated_at)
      select nr.id, 1, no.id, 1 + ${p("cpara", "c", 12)}, 'Comment ' || c || ' on the paragraph.',
        case when c % 3 = 0 then 'Proposed wording ' || c else null end,
        (array['accepted','accepted_in_part','not_accepted','noted']::comment_disposition[])[1 + ${p("cdisp", "c", 4)}],
        'Considered by the secretariat.', v.circulated_at + interval '40 days',
        v.circulated_at + (1 + ${p("cday", "c", 28)}) * interval '1 day', v.circulated_at + interval '40 days'
      from generate_series(1, ${v.recordComments}) c
      join nr on nr.rn = ${p("crec", "c", v.records)}
      join no on no.rn = ${p("corg", "c", 25)}
      join record_versions v on v.record_id = nr.id and v.version = 1`);
    // The activity log and the outbox of ten years.
    await run(`insert into audit_log (action, entity, entity_id, after, at)
      select (array['task.updateProgress','invitation.reply','report.save','record.comment','organization.update'])[1 + ${p("audit", "a", 5)}],
        'task', ${u("task", `(1 + ${p("audittask", "a", v.tasks)})`)}::text, '{"generated":true}'::jsonb,
        make_timestamptz(${firstYear} + ${p("audityear", "a", v.meetings)}, 1 + ${p("auditmonth", "a", 12)}, 1 + ${p("auditday", "a", 28)}, 12, 0, 0)
      from generate_series(1, ${v.auditRows}) a`);
    await run(`insert into outbox (recipient, subject, body, status, attempts, created_at, sent_at, next_attempt_at)
      select 'person' || (o % 500) || '@example.org', 'Generated notification ' || o, 'Body', 'sent', 1,
        make_timestamptz(${firstYear} + ${p("mailyear", "o", v.meetings)}, 1 + ${p("mailmonth", "o", 12)}, 1, 9, 0, 0),
        make_timestamptz(${firstYear} + ${p("mailyear", "o", v.meetings)}, 1 + ${p("mailmonth", "o", 12)}, 1, 9, 1, 0), now()
      from generate_series(1, ${v.outbox}) o`);
    await run(`update app_settings set value = '"${asOf}"'::jsonb where key = 'as_of_date'`);
  });
  // Statistics and visibility maps for the new rows, as autovacuum would leave them after a
  // while: without them the first plans are made for empty tables (a body's open tasks took
  // 123 ms by walking the due-date index instead of 0.2 ms by the body's).
  await db.execute(sql.raw("vacuum analyze"));
  return v;
}
