-- Mizan's domain rule for events that carry no domains of their own (dataset rows without text): one SQL
-- condition per domain over a row of the event table, each under a "-- domain: NAME" line. An event falls
-- in every domain whose condition holds. Documented, with its reasons, in docs/domains.md; coded text
-- events keep the coder's domains instead. Domains.java renders these conditions as a list or a bitmask.
-- domain: security
root IN ('15','16','17','18','19','20')
  OR cameo IN ('0312','0332','0334','0356','062','064','072','074','0861','087','0871','0872','0873','0874',
               '1012','1014','1032','1034','1056','1122','138','1381','1382','1383','1384','1385')
  OR list_has_any(coalesce(src_roles, []), ['MIL','REB','INS','UAF','SPY','SEP','RAD'])
  OR list_has_any(coalesce(tgt_roles, []), ['MIL','REB','INS','UAF','SPY','SEP','RAD'])
  OR src_group IN ('NAT','TAL','ALQ','HEZ','HAM','PKO','SCO','CSTO')
  OR tgt_group IN ('NAT','TAL','ALQ','HEZ','HAM','PKO','SCO','CSTO')
-- domain: economy
cameo IN ('0311','0331','0354','061','071','085','1011','1031','1054','1211','1241','1244','163','1312')
  OR list_has_any(coalesce(src_roles, []), ['BUS','MNC'])
  OR list_has_any(coalesce(tgt_roles, []), ['BUS','MNC'])
  OR src_group IN ('IMF','WBK','WTO','ADB','OPC','EBR','AFB','APE')
  OR tgt_group IN ('IMF','WBK','WTO','ADB','OPC','EBR','AFB','APE')
-- domain: humanitarian
cameo IN ('0333','073','0863','1033','1233')
  OR list_has_any(coalesce(src_roles, []), ['REF','HLH'])
  OR list_has_any(coalesce(tgt_roles, []), ['REF','HLH'])
-- domain: legal
cameo IN ('0313','063','1013','091','092','094','1123','1213')
  OR list_contains(coalesce(src_roles, []), 'JUD') OR list_contains(coalesce(tgt_roles, []), 'JUD')
-- domain: domestic
src_country IS NOT NULL AND src_country = tgt_country
-- domain: diplomacy
root IN ('01','02','03','04','05','10','11','12','13','14') AND src_country IS DISTINCT FROM tgt_country
