-- Spring Modulith's event publication registry (docs/events.md): one row per event and listener, written in
-- the publisher's transaction, completed when the listener has done its work. Incomplete rows are handed to
-- their listener again at start-up, so an answer committed just before a crash still raises its alerts.
-- Modulith's own schema initialisation is off (spring.modulith.events.jdbc.schema-initialization.enabled);
-- this is its MySQL/MariaDB schema with the name it queries (upper case: table names are case-sensitive on
-- Linux), the event as TEXT rather than VARCHAR(4000) (an answer with long free text must still fit), and
-- DATETIME(6) like the rest of the schema (instants in UTC, no 2038 limit, no session time zone conversion).
CREATE TABLE EVENT_PUBLICATION (
  ID                VARCHAR(36)  NOT NULL,
  LISTENER_ID       VARCHAR(512) NOT NULL,
  EVENT_TYPE        VARCHAR(512) NOT NULL,
  SERIALIZED_EVENT  TEXT         NOT NULL,
  PUBLICATION_DATE  DATETIME(6)  NOT NULL,
  COMPLETION_DATE   DATETIME(6)  NULL,
  PRIMARY KEY (ID),
  KEY EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
