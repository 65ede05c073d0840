-- Dyadic series: one row per period and (directed or unordered) country pair. ${agg} is the filtered events
-- aggregated by period and directed pair: dyad-agg.sql over the events, or dyad-months-agg.sql over the
-- monthly rollup, which give the same rows. ${a} and ${b} order the pair (for an undirected series they are
-- least/greatest of the two countries). ${volumeFilter} limits the volumes to the countries of a requested
-- pair, ${pair} the rows to that pair. Rates divide a dyad's counts
-- by all events of its first country in the period, as coverage grows over time. See docs/relations.md.
-- Everything derives from the one small aggregate.
WITH agg AS (
    ${agg}
),
volume AS (
    SELECT period, country, sum(n) AS n FROM (
        SELECT period, src_country AS country, n FROM agg
        UNION ALL SELECT period, tgt_country, n FROM agg WHERE tgt_country <> src_country)
    WHERE true ${volumeFilter}
    GROUP BY period, country
),
dyads AS (
    SELECT period, ${a} AS a, ${b} AS b,
           sum(n) AS events,
           sum(q1) AS verbal_coop,
           sum(q2) AS material_coop,
           sum(q3) AS verbal_conflict,
           sum(q4) AS material_conflict,
           coalesce(sum(gsum), 0) AS goldstein_sum,
           sum(gsum) / nullif(sum(gcount), 0) AS goldstein_mean
    FROM agg WHERE src_country <> tgt_country ${pair}
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
