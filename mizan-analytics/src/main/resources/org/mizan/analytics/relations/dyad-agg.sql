-- The events ${events} aggregated by period (${period}: a date_trunc unit) and directed country pair, with
-- any ${keys} (", dataset" for the monthly rollup): the counts every dyad measure derives from. ${scope}
-- limits the scan to the events of a requested pair's two countries (all that their volumes need).
-- Only events between two known countries, with a date, count.
SELECT CAST(date_trunc('${period}', event_date) AS DATE) AS period, src_country, tgt_country${keys},
       count(*) AS n,
       count(*) FILTER (WHERE quad = 1) AS q1,
       count(*) FILTER (WHERE quad = 2) AS q2,
       count(*) FILTER (WHERE quad = 3) AS q3,
       count(*) FILTER (WHERE quad = 4) AS q4,
       sum(goldstein) AS gsum,
       count(goldstein) AS gcount
FROM ${events} e
WHERE event_date IS NOT NULL AND src_country IS NOT NULL AND tgt_country IS NOT NULL ${scope}
GROUP BY ALL
