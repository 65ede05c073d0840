-- Mizan store, version 1: the event table (one row per org.mizan.core.event.Event), the import ledger,
-- rejected rows, and GDELT mentions. Columns are documented in docs/STORE.md.
CREATE SEQUENCE batch_seq START 1;

CREATE TABLE events (
    id             VARCHAR NOT NULL,
    event_date     DATE,
    date_precision VARCHAR,
    src_code       VARCHAR,
    src_country    VARCHAR,
    src_group      VARCHAR,
    src_roles      VARCHAR[],
    src_name       VARCHAR,
    tgt_code       VARCHAR,
    tgt_country    VARCHAR,
    tgt_group      VARCHAR,
    tgt_roles      VARCHAR[],
    tgt_name       VARCHAR,
    cameo          VARCHAR,
    root           VARCHAR,
    quad           TINYINT,
    goldstein      DOUBLE,
    plover_type    VARCHAR,
    plover_mode    VARCHAR,
    domains        VARCHAR[],
    loc_country    VARCHAR,
    loc_name       VARCHAR,
    lat            DOUBLE,
    lon            DOUBLE,
    dataset        VARCHAR NOT NULL,
    file           VARCHAR,
    line           BIGINT,
    original_id    VARCHAR,
    batch          BIGINT,
    doc_id         VARCHAR,
    sentence       INTEGER,
    ev_start       INTEGER,
    ev_end         INTEGER,
    evidence       VARCHAR,
    url            VARCHAR,
    source_name    VARCHAR,
    published      VARCHAR,
    confidence     DOUBLE,
    mentions       INTEGER,
    sources        INTEGER,
    articles       INTEGER,
    tone           DOUBLE
);

CREATE TABLE imports (
    batch       BIGINT PRIMARY KEY,
    file        VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    bytes       BIGINT,
    format      VARCHAR,
    started     TIMESTAMP,
    finished    TIMESTAMP,
    rows_read   BIGINT,
    imported    BIGINT,
    duplicates  BIGINT,
    rejected    BIGINT,
    status      VARCHAR
);

CREATE TABLE rejects (
    batch   BIGINT,
    file    VARCHAR,
    line    BIGINT,
    reason  VARCHAR,
    raw     VARCHAR
);

CREATE TABLE mentions (
    id                VARCHAR NOT NULL,
    event_original_id VARCHAR NOT NULL,
    event_time        VARCHAR,
    mention_time      VARCHAR,
    mention_type      INTEGER,
    source_name       VARCHAR,
    identifier        VARCHAR,
    sentence_id       INTEGER,
    actor1_offset     INTEGER,
    actor2_offset     INTEGER,
    action_offset     INTEGER,
    in_raw_text       INTEGER,
    confidence        INTEGER,
    doc_len           INTEGER,
    doc_tone          DOUBLE,
    translation_info  VARCHAR,
    extras            VARCHAR,
    batch             BIGINT,
    file              VARCHAR,
    line              BIGINT
);
