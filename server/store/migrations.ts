/**
 * The store's tables, in SQL both engines accept. Idempotent (IF NOT
 * EXISTS), run at open. Booleans are 0/1 integers and times BIGINT epoch
 * milliseconds, so rows read the same on both engines.
 */
export const STORE_MIGRATION = `
CREATE TABLE IF NOT EXISTS connections (
  user_id TEXT PRIMARY KEY,
  spreadsheet_id TEXT NOT NULL,
  status TEXT NOT NULL,
  scopes TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS refresh_tokens (
  user_id TEXT PRIMARY KEY,
  sealed TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS calendars (
  key TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  calendar_id TEXT NOT NULL,
  enabled INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS calendars_by_user ON calendars (user_id);
CREATE TABLE IF NOT EXISTS channels (
  channel_id TEXT PRIMARY KEY,
  resource_id TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  user_id TEXT NOT NULL,
  calendar_key TEXT NOT NULL,
  expires_at BIGINT NOT NULL,
  stopped_at BIGINT,
  last_message BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS channels_by_user ON channels (user_id);
CREATE TABLE IF NOT EXISTS cursors (
  key TEXT PRIMARY KEY,
  cursor TEXT,
  fence BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS user_pacing (
  user_id TEXT PRIMARY KEY,
  next_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS quota_slots (
  key TEXT PRIMARY KEY,
  next_at BIGINT NOT NULL,
  holder TEXT
);
CREATE TABLE IF NOT EXISTS tracker_reads (
  spreadsheet_id TEXT PRIMARY KEY,
  read_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS known_event_ids (
  spreadsheet_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  PRIMARY KEY (spreadsheet_id, event_id)
);
CREATE TABLE IF NOT EXISTS oauth_states (
  state TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  spreadsheet_id TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_results (
  calendar_key TEXT PRIMARY KEY,
  finished_at BIGINT NOT NULL,
  error TEXT
);
`;
