-- Mizan store, version 3: the monthly dyad rollup. Per month, directed country pair and dataset, the counts
-- the dyad series need (see mizan-analytics dyad-agg.sql); kept up to date from the events table when read,
-- so month, quarter and year series need not scan every event. "covered" is how many event rows it holds,
-- "next_row" the first DuckDB row number of the events table it has not read.
CREATE TABLE dyad_months (
    event_date  DATE,
    src_country VARCHAR,
    tgt_country VARCHAR,
    dataset     VARCHAR,
    n           BIGINT,
    q1          BIGINT,
    q2          BIGINT,
    q3          BIGINT,
    q4          BIGINT,
    gsum        DOUBLE,
    gcount      BIGINT
);

CREATE TABLE rollups (
    name    VARCHAR PRIMARY KEY,
    covered  BIGINT NOT NULL,
    next_row BIGINT NOT NULL
);

INSERT INTO rollups VALUES ('dyad_months', 0, 0);
