-- The same rows as dyad-agg.sql, from the monthly rollup ${events} (dyad_months, filtered): its partial
-- counts summed by period (${period}: month, quarter or year) and directed pair. ${scope} as in dyad-agg.sql.
SELECT CAST(date_trunc('${period}', event_date) AS DATE) AS period, src_country, tgt_country,
       sum(n) AS n,
       sum(q1) AS q1,
       sum(q2) AS q2,
       sum(q3) AS q3,
       sum(q4) AS q4,
       sum(gsum) AS gsum,
       sum(gcount) AS gcount
FROM ${events} e
WHERE true ${scope}
GROUP BY ALL
