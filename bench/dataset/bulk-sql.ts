// The bulk statements that generate documents, commitments and their links inside PostgreSQL. Generating rows
// server-side with generate_series is what keeps 100,000 commitments well under a minute: no row crosses the
// wire, and random() is seeded (setseed) so every run loads the same register.

/** A random element of a text[] parameter; volatile, so drawn anew for every row. */
const pick = (param: string) => `(${param}::text[])[1 + floor(random() * cardinality(${param}::text[]))::int]`;

/** "10 juni 2021" for a date expression; $months is the month-name array. */
const dutchDate = (expr: string, months: string) =>
  `extract(day FROM ${expr})::int || ' ' || (${months}::text[])[extract(month FROM ${expr})::int] || ' ' || extract(year FROM ${expr})::int`;

/**
 * Documents, staged in a temp table with a dense index `i` so commitments can cite them by arithmetic.
 * $1 count, $2 dossier count, $3 topics. One in ten is an Aanhangsel Handelingen (no dossier).
 */
export const STAGE_DOCUMENTS = `
CREATE TEMP TABLE bench_doc AS
SELECT g.i, g.nr, d.id AS dossier_id, g.kind, g.date, g.title,
  CASE WHEN g.kind = 'aanhangsel' THEN 'ah-tk-' || v.vj_compact || '-' || g.nr
       ELSE 'kst-' || d.nummer || CASE WHEN d.toevoeging = '' THEN '' ELSE '-' || d.toevoeging END || '-' || g.nr END AS id,
  CASE WHEN g.kind = 'aanhangsel' THEN 'Aanhangsel Handelingen II ' || v.vj_label || ', nr. ' || g.nr
       ELSE 'Kamerstuk ' || left(d.nummer, 2) || ' ' || substr(d.nummer, 3)
            || CASE WHEN d.toevoeging = '' THEN '' ELSE '-' || d.toevoeging END || ', nr. ' || g.nr END AS label,
  v.vj
FROM (
  SELECT i,
    CASE WHEN i % 10 = 0 THEN 'aanhangsel' ELSE 'kamerstuk' END AS kind,
    -- the number as printed: within its dossier (Kamerstukken) or its series (Aanhangsels), so that it stays a
    -- realistic one of at most five digits at a million commitments too
    CASE WHEN i % 10 = 0 THEN i / 10 ELSE 1 + (i - 1) / $2::int END AS nr,
    1 + i % $2::int AS dossier_id,
    CASE WHEN random() < 0.1 THEN NULL ELSE DATE '2017-01-01' + floor(random() * 3400)::int END AS date,
    'Brief regering over ' || ${pick("$3")} AS title,
    2017 + i % 9 AS y
  FROM generate_series(1, $1::int) i
) g
JOIN dossier d ON d.id = g.dossier_id
CROSS JOIN LATERAL (SELECT y || '-' || (y + 1) AS vj, y || '' || (y + 1) AS vj_compact,
                           y || '/' || right((y + 1)::text, 2) AS vj_label) v`;

export const INSERT_DOCUMENTS = `
INSERT INTO document (id, kind, kamer, label, vergaderjaar, nummer, ondernummer, title, date, url)
SELECT id, kind::document_kind, 'TK', label, vj,
  CASE WHEN kind = 'aanhangsel' THEN nr::text END, CASE WHEN kind = 'kamerstuk' THEN nr::text END,
  title, date, 'https://zoek.officielebekendmakingen.nl/' || id
FROM bench_doc`;

export const INSERT_DOCUMENT_DOSSIERS = `
INSERT INTO document_dossier (document_id, dossier_id) SELECT id, dossier_id FROM bench_doc WHERE kind = 'kamerstuk'`;

/**
 * The commitments. $1 count, $2 minister count, $3 topics, $4 title templates, $5 text actions, $6 aspects,
 * $7 activity kinds, $8 month names, $9 quarter ordinals, $10 ministry portfolios by ministry id.
 * Status split ≈ 55% open, 10% partially fulfilled, 30% fulfilled, 3% lapsed, 2% withdrawn; latest deadlines
 * spread over 2019–2028 at day/month/quarter/year precision, 12% without a date. Fulfilled ones get a fulfilment
 * date, as the app always sets one: spread from 110 days before to 39 after the latest deadline (about three in four
 * on time), never before the commitment was made nor after today. Derived from the id rather than drawn with
 * random(), so that the other columns keep the values they had before fulfilled_on was filled in.
 */
export const INSERT_COMMITMENTS = `
WITH drawn AS (
  SELECT g AS id, random() AS r_status, random() AS r_addressee, random() AS r_phrase,
    CASE WHEN random() < 0.12 THEN NULL ELSE DATE '2019-01-01' + floor(random() * 3652)::int END AS due,
    (ARRAY['day', 'month', 'quarter', 'year'])[1 + floor(random() * 4)::int] AS prec,
    1 + floor(random() * $2::int)::int AS minister_id,
    ${pick("$3")} AS topic, ${pick("$4")} AS title_template, ${pick("$5")} AS action,
    -- two different aspects: the second is drawn from the other cardinality - 1
    floor(random() * cardinality($6::text[]))::int AS a1, floor(random() * (cardinality($6::text[]) - 1))::int AS a2_offset,
    ${pick("$7")} AS activity_kind,
    floor(random() * 900)::int AS lead_days, floor(random() * 400)::int AS back_days
  FROM generate_series(1, $1::int) g
), windowed AS (
  SELECT d.*,
    -- made some months before the deadline, and never in the future
    least(coalesce(d.due - 30 - d.lead_days, current_date - 30 - d.lead_days * 3), current_date - 1 - d.back_days) AS made_on,
    -- ::timestamp, not the date itself: date_trunc on a date goes through timestamptz and the session time zone
    CASE d.prec WHEN 'day' THEN d.due ELSE date_trunc(d.prec, d.due::timestamp)::date END AS earliest,
    CASE d.prec WHEN 'day' THEN d.due
      ELSE (date_trunc(d.prec, d.due::timestamp)
            + CASE d.prec WHEN 'month' THEN interval '1 month' WHEN 'quarter' THEN interval '3 months' ELSE interval '1 year' END
            - interval '1 day')::date END AS latest
  FROM drawn d
), phrased AS (
  SELECT w.*,
    CASE
      WHEN w.due IS NULL THEN CASE WHEN w.r_phrase < 0.5 THEN 'op korte termijn' END
      WHEN w.prec = 'day' THEN 'voor ' || ${dutchDate("w.due", "$8")}
      WHEN w.prec = 'month' THEN 'in ' || ($8::text[])[extract(month FROM w.due)::int] || ' ' || extract(year FROM w.due)::int
      WHEN w.prec = 'quarter' THEN 'in het ' || ($9::text[])[extract(quarter FROM w.due)::int] || ' kwartaal van ' || extract(year FROM w.due)::int
      ELSE 'voor het einde van ' || extract(year FROM w.due)::int
    END AS phrase,
    row_number() OVER (PARTITION BY extract(year FROM w.made_on) ORDER BY w.made_on, w.id) AS seq
  FROM windowed w
)
INSERT INTO commitment (id, number, title, text, status, deadline_phrase, deadline_earliest, deadline_latest,
  deadline_precision, made_on, fulfilled_on, activity, minister_id, ministry_id, committee, addressee, version, created_at, updated_at)
SELECT p.id,
  -- at least four digits, more when a year has over 9,999 (lpad alone would truncate)
  'TZ-' || extract(year FROM p.made_on)::int || '-' || lpad(p.seq::text, greatest(4, length(p.seq::text)), '0'),
  replace(p.title_template, '{t}', p.topic),
  'Tijdens het ' || lower(p.activity_kind) || ' van ' || ${dutchDate("p.made_on", "$8")} || ' is toegezegd ' || p.action || ' '
    || p.topic || '. Daarbij wordt ingegaan op ' || ($6::text[])[1 + p.a1] || ' en '
    || ($6::text[])[1 + (p.a1 + 1 + p.a2_offset) % cardinality($6::text[])] || '.'
    || CASE WHEN p.phrase IS NOT NULL AND p.r_phrase < 0.6 THEN ' De Kamer ontvangt de informatie ' || p.phrase || '.' ELSE '' END,
  CASE WHEN p.r_status < 0.55 THEN 'open' WHEN p.r_status < 0.65 THEN 'partially_fulfilled'
       WHEN p.r_status < 0.95 THEN 'fulfilled' WHEN p.r_status < 0.98 THEN 'lapsed' ELSE 'withdrawn' END::commitment_status,
  p.phrase,
  p.earliest, p.latest,
  CASE WHEN p.due IS NOT NULL THEN p.prec WHEN p.phrase IS NOT NULL THEN 'open' END::deadline_precision,
  p.made_on,
  CASE WHEN p.r_status >= 0.65 AND p.r_status < 0.95 THEN
    least(current_date, greatest(p.made_on, coalesce(p.latest, p.made_on + 180) + ((p.id::bigint * 7919) % 150)::int - 110)) END,
  p.activity_kind || ', ' || ${dutchDate("p.made_on", "$8")},
  m.id, m.ministry_id,
  'Vaste commissie voor ' || ($10::text[])[m.ministry_id],
  CASE WHEN p.r_addressee < 0.7 THEN 'Tweede Kamer' WHEN p.r_addressee < 0.8 THEN 'Eerste Kamer' END,
  1 + (p.id % 3),
  p.made_on + interval '10 hours',
  p.made_on + interval '10 hours' + (p.lead_days || ' hours')::interval
FROM phrased p
JOIN minister m ON m.id = p.minister_id`;

/** One dossier per commitment. $1 dossier count. */
export const INSERT_COMMITMENT_DOSSIERS = `
INSERT INTO commitment_dossier (commitment_id, dossier_id)
SELECT id, 1 + floor(random() * $1::int)::int FROM commitment`;

/**
 * 1–4 references per commitment: the first is the source, the second the fulfilment of a (partly) fulfilled
 * commitment, the rest related. Documents are spread a quarter of the table apart so they never repeat.
 * $1 document count.
 */
export const INSERT_REFERENCES = `
INSERT INTO commitment_reference (commitment_id, document_id, role)
SELECT c.id, bd.id,
  CASE WHEN k = 1 THEN 'source'
       WHEN k = 2 AND c.status IN ('fulfilled', 'partially_fulfilled') THEN 'fulfilment'
       ELSE 'related' END::reference_role
FROM (SELECT id, status, floor(random() * $1::int)::int AS base, 1 + floor(random() * 4)::int AS refs FROM commitment) c
CROSS JOIN LATERAL generate_series(1, c.refs) k
JOIN bench_doc bd ON bd.i = 1 + (c.base + (k - 1) * ($1::int / 4)) % $1::int`;

/** Keeps the number allocator in step, as if the app had numbered them, and the serials past the explicit ids. */
export const FINISH = `
INSERT INTO commitment_number_sequence (year, last)
SELECT split_part(number, '-', 2)::int, max(split_part(number, '-', 3)::int) FROM commitment GROUP BY 1;
SELECT setval(pg_get_serial_sequence('ministry', 'id'), (SELECT max(id) FROM ministry));
SELECT setval(pg_get_serial_sequence('minister', 'id'), (SELECT max(id) FROM minister));
SELECT setval(pg_get_serial_sequence('dossier', 'id'), (SELECT max(id) FROM dossier));
SELECT setval(pg_get_serial_sequence('commitment', 'id'), (SELECT max(id) FROM commitment));
DROP TABLE bench_doc;`;

/**
 * Statistics for the planner, and the visibility map a long-lived database has (index-only scans), done now:
 * left to autovacuum, it would wake up after the bulk insert and compete with the measurement for CPU.
 * A statement of its own, as VACUUM cannot run inside the implicit transaction of a multi-statement query.
 */
export const VACUUM = `VACUUM (ANALYZE)`;
