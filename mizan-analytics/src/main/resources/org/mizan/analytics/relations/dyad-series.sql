-- Dyadic series: one row per period and (directed or unordered) country pair, over the filtered events
-- ${events}. ${period} is a date_trunc unit (day, week, month, quarter, year); ${a} and ${b} order the pair
-- (for an undirected series they are least/greatest of the two countries). ${volumeFilter} limits the
-- volumes to the countries of the requested pair, when there is one. Rates divide a dyad's counts
-- by all events of its first actor in the period, as coverage grows over time. See docs/relations.md.
WITH ev AS (
    SELECT date_trunc('${period}', event_date) AS period, src_country, tgt_country, quad, goldstein
    FROM ${events} e
    WHERE event_date IS NOT NULL AND src_country IS NOT NULL AND tgt_country IS NOT NULL
),
volume AS (
    SELECT period, country, count(*) AS n FROM (
        SELECT period, src_country AS country FROM ev
        UNION ALL SELECT period, tgt_country FROM ev WHERE tgt_country <> src_country)
    WHERE true ${volumeFilter}
    GROUP BY period, country
),
dyads AS (
    SELECT period, ${a} AS a, ${b} AS b,
           count(*) AS events,
           count(*) FILTER (WHERE quad = 1) AS verbal_coop,
           count(*) FILTER (WHERE quad = 2) AS material_coop,
           count(*) FILTER (WHERE quad = 3) AS verbal_conflict,
           count(*) FILTER (WHERE quad = 4) AS material_conflict,
           coalesce(sum(goldstein), 0) AS goldstein_sum,
           avg(goldstein) AS goldstein_mean
    FROM ev WHERE src_country <> tgt_country ${pair}
    GROUP BY ALL
)
SELECT d.*,
       (verbal_coop + material_coop) - (verbal_conflict + material_conflict) AS net_coop,
       va.n AS a_volume,
       d.events / va.n AS rate,
       ((verbal_coop + material_coop) - (verbal_conflict + material_conflict)) / va.n AS net_coop_rate,
       goldstein_sum / va.n AS goldstein_rate
FROM dyads d JOIN volume va ON va.period = d.period AND va.country = d.a
ORDER BY d.period, d.a, d.b
