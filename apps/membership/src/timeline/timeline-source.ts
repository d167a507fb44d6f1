/**
 * One kind of entry on a person's timeline, read by one SQL query.
 *
 * `select` is a SELECT returning exactly these columns, for one person of one coalition:
 *   id uuid            unique within the kind (the row's own id)
 *   occurred_at timestamptz
 *   actor_id uuid      the user who did it, or NULL
 *   data jsonb         the facts a client shows (ids, values); keep personal data to what the source stores
 * with `$1` the tenant id and `$2` the person id, and filtering on both, e.g.
 *   SELECT id, changed_at AS occurred_at, changed_by AS actor_id, jsonb_build_object('from', from_status) AS data
 *     FROM membership.person_status_changes WHERE tenant_id = $1 AND person_id = $2
 * The timeline wraps it with the cursor condition, `ORDER BY occurred_at DESC, id DESC` and a limit,
 * so give the table an index on `(tenant_id, person_id, <time column> DESC, id DESC)` and select the
 * time and id columns as they are (no expressions), so that index serves the page.
 */
export interface TimelineSource {
  /** Upper snake case, e.g. NOTE, STATUS_CHANGED, ONE_ON_ONE, LEVEL_CHANGED. */
  kind: string;
  select: string;
}
