// Generated from examples/data/*.csv by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension BundledPlanData {
    static let plans_csv: StaticString = #"""
unit,directorate,year,title_line,line_end,source,line
Headquarters,Kent Adult Social Services,2008/09,473,1355,001_23223e66fe6ffd0f.txt,471
East Kent Adult Social Services,Kent Adult Social Services,2008/09,1357,2351,001_23223e66fe6ffd0f.txt,1356
West Kent Adult Social Services,Kent Adult Social Services,2008/09,2353,3227,001_23223e66fe6ffd0f.txt,2352
Adult Mental Health Services,Kent Adult Social Services,2008/09,3230,3670,001_23223e66fe6ffd0f.txt,3228
Kent-wide Services,Kent Adult Social Services,2008/09,3673,4345,001_23223e66fe6ffd0f.txt,3671
Supporting People,Kent Adult Social Services,2008/09,4348,4685,001_23223e66fe6ffd0f.txt,4346
Commissioning Division,"Children, Families & Education",2008/09,5047,6931,001_23223e66fe6ffd0f.txt,5045
Children's Social Services,"Children, Families & Education",2008/09,6934,8117,001_23223e66fe6ffd0f.txt,6932
Children's Health Commissioning Division,"Children, Families & Education",2008/09,8121,8690,001_23223e66fe6ffd0f.txt,8118
Standards and Achievement Division,"Children, Families & Education",2008/09,8693,9803,001_23223e66fe6ffd0f.txt,8691
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",2008/09,9808,10864,001_23223e66fe6ffd0f.txt,9804
Finance & Corporate Services Division,"Children, Families & Education",2008/09,10867,11450,001_23223e66fe6ffd0f.txt,10865
School Organisation,"Children, Families & Education",2008/09,11453,12272,001_23223e66fe6ffd0f.txt,11451
Resources Division,"Children, Families & Education",2008/09,12275,13082,001_23223e66fe6ffd0f.txt,12273
"Strategy, Policy and Performance Division","Children, Families & Education",2008/09,13085,13960,001_23223e66fe6ffd0f.txt,13083
Corporate Finance,Chief Executive's Department,2008/09,14152,14446,001_23223e66fe6ffd0f.txt,14146
Property Group,Chief Executive's Department,2008/09,14453,14792,001_23223e66fe6ffd0f.txt,14447
Commercial Services,Chief Executive's Department,2008/09,14799,15025,001_23223e66fe6ffd0f.txt,14793
Business Solutions & Policy,Chief Executive's Department,2008/09,15032,15072,001_23223e66fe6ffd0f.txt,15026
Corporate Policy,Chief Executive's Department,2008/09,15075,15302,001_23223e66fe6ffd0f.txt,15073
Performance Management Group,Chief Executive's Department,2008/09,15308,15480,001_23223e66fe6ffd0f.txt,15303
Kent Partnership,Chief Executive's Department,2008/09,15484,15708,001_23223e66fe6ffd0f.txt,15481
Information Services Group,Chief Executive's Department,2008/09,15711,16106,001_23223e66fe6ffd0f.txt,15709
Change Through Innovation,Chief Executive's Department,2008/09,16112,16507,001_23223e66fe6ffd0f.txt,16107
European Affairs Group,Chief Executive's Department,2008/09,16510,16707,001_23223e66fe6ffd0f.txt,16508
Legal & Democratic Services,Chief Executive's Department,2008/09,16715,17169,001_23223e66fe6ffd0f.txt,16708
Personnel & Development,Chief Executive's Department,2008/09,17176,17627,001_23223e66fe6ffd0f.txt,17170
Communication & Media Centre,Chief Executive's Department,2008/09,17636,17843,001_23223e66fe6ffd0f.txt,17628
Strategic Development Unit,Chief Executive's Department,2008/09,17852,18089,001_23223e66fe6ffd0f.txt,17844
Kent Department of Public Health,Chief Executive's Department,2008/09,18097,18440,001_23223e66fe6ffd0f.txt,18090
Supporting Independence Programme,Chief Executive's Department,2008/09,18448,18777,001_23223e66fe6ffd0f.txt,18441
Libraries & Archives,Communities,2008/09,18967,19537,001_23223e66fe6ffd0f.txt,18963
"Sport, Leisure & Olympics Service",Communities,2008/09,19542,20025,001_23223e66fe6ffd0f.txt,19538
Kent Adult Education Service,Communities,2008/09,20030,20431,001_23223e66fe6ffd0f.txt,20026
KEY Training Services Unit,Communities,2008/09,20436,20737,001_23223e66fe6ffd0f.txt,20432
Arts Development Unit,Communities,2008/09,20742,20994,001_23223e66fe6ffd0f.txt,20738
Kent Youth Service,Communities,2008/09,20999,21365,001_23223e66fe6ffd0f.txt,20995
Youth Offending Service,Communities,2008/09,21370,21633,001_23223e66fe6ffd0f.txt,21366
Kent Drug & Alcohol Action Team,Communities,2008/09,21638,21905,001_23223e66fe6ffd0f.txt,21634
Community Safety Unit,Communities,2008/09,21910,22265,001_23223e66fe6ffd0f.txt,21906
Kent Trading Standards Service,Communities,2008/09,22268,23262,001_23223e66fe6ffd0f.txt,22266
Registration & Coroners Unit,Communities,2008/09,23267,23619,001_23223e66fe6ffd0f.txt,23263
Emergency Planning Group,Communities,2008/09,23624,23952,001_23223e66fe6ffd0f.txt,23620
Kent Scientific Services Unit,Communities,2008/09,23957,24288,001_23223e66fe6ffd0f.txt,23953
Contact Centre,Communities,2008/09,24293,24648,001_23223e66fe6ffd0f.txt,24289
Turner Contemporary,Communities,2008/09,24653,24893,001_23223e66fe6ffd0f.txt,24649
Kent Highway Services,Environment & Regeneration,2008/09,24916,26095,001_23223e66fe6ffd0f.txt,24914
Environment & Waste,Environment & Regeneration,2008/09,26099,26624,001_23223e66fe6ffd0f.txt,26096
Resources,Environment & Regeneration,2008/09,26627,27199,001_23223e66fe6ffd0f.txt,26625
Regeneration and Economy,Environment & Regeneration,2008/09,27202,28052,001_23223e66fe6ffd0f.txt,27200
Strategy and Planning,Environment & Regeneration,2008/09,28055,28629,001_23223e66fe6ffd0f.txt,28053

"""#
}
