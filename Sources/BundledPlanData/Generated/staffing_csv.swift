// Generated from examples/data/*.csv by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension BundledPlanData {
    static let staffing_csv: StaticString = #"""
unit,directorate,team,band,band_key,year,fte,value_text,note,section,source,line
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",Contracting & Service Quality,,2007/08,9.41,9.41,,Staffing,001_23223e66fe6ffd0f.txt,1289
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",Contracting & Service Quality,,2008/09,9.39,9.39,,Staffing,001_23223e66fe6ffd0f.txt,1289
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",Governance & Member Support,,2007/08,4.99,4.99,,Staffing,001_23223e66fe6ffd0f.txt,1290
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",Governance & Member Support,,2008/09,5.00,5.00,,Staffing,001_23223e66fe6ffd0f.txt,1290
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",Performance,,2007/08,25.27,25.27,,Staffing,001_23223e66fe6ffd0f.txt,1291
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",Performance,,2008/09,25.00,25.00,,Staffing,001_23223e66fe6ffd0f.txt,1291
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",Information Governance,,2007/08,2.05,2.05,,Staffing,001_23223e66fe6ffd0f.txt,1292
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",Information Governance,,2008/09,2.00,2.00,,Staffing,001_23223e66fe6ffd0f.txt,1292
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",Development`,,2007/08,32.91,32.91,,Staffing,001_23223e66fe6ffd0f.txt,1293
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",Development`,,2008/09,32.69,32.69,,Staffing,001_23223e66fe6ffd0f.txt,1293
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance","Policy, Performance & Quality Assurance",,2007/08,3.82,3.82,,Staffing,001_23223e66fe6ffd0f.txt,1294
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance","Policy, Performance & Quality Assurance",,2008/09,4.00,4.00,,Staffing,001_23223e66fe6ffd0f.txt,1294
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",PP&QA Total,total,2007/08,78.45,78.45,,Staffing,001_23223e66fe6ffd0f.txt,1295
Headquarters,Kent Adult Social Services,"Policy, Performance & Quality Assurance",PP&QA Total,total,2008/09,78.08,78.08,,Staffing,001_23223e66fe6ffd0f.txt,1295
Headquarters,Kent Adult Social Services,Resources,Resources (& H&S),,2007/08,14.98,14.98,,Staffing,001_23223e66fe6ffd0f.txt,1297
Headquarters,Kent Adult Social Services,Resources,Resources (& H&S),,2008/09,15.00,15.00,,Staffing,001_23223e66fe6ffd0f.txt,1297
Headquarters,Kent Adult Social Services,Resources,Electronic Services,,2007/08,25.56,25.56,,Staffing,001_23223e66fe6ffd0f.txt,1298
Headquarters,Kent Adult Social Services,Resources,Electronic Services,,2008/09,25.40,25.40,,Staffing,001_23223e66fe6ffd0f.txt,1298
Headquarters,Kent Adult Social Services,Resources,Finance,,2007/08,135.16,135.16,,Staffing,001_23223e66fe6ffd0f.txt,1299
Headquarters,Kent Adult Social Services,Resources,Finance,,2008/09,134.30,134.30,,Staffing,001_23223e66fe6ffd0f.txt,1299
Headquarters,Kent Adult Social Services,Resources,Personnel,,2007/08,25.27,25.27,,Staffing,001_23223e66fe6ffd0f.txt,1300
Headquarters,Kent Adult Social Services,Resources,Personnel,,2008/09,25.05,25.05,,Staffing,001_23223e66fe6ffd0f.txt,1300
Headquarters,Kent Adult Social Services,Resources,Learning Resources,,2007/08,27.62,27.62,,Staffing,001_23223e66fe6ffd0f.txt,1301
Headquarters,Kent Adult Social Services,Resources,Learning Resources,,2008/09,27.39,27.39,,Staffing,001_23223e66fe6ffd0f.txt,1301
Headquarters,Kent Adult Social Services,Resources,"Public, Private Partership & Property",,2007/08,11.75,11.75,,Staffing,001_23223e66fe6ffd0f.txt,1302
Headquarters,Kent Adult Social Services,Resources,"Public, Private Partership & Property",,2008/09,11.76,11.76,,Staffing,001_23223e66fe6ffd0f.txt,1302
Headquarters,Kent Adult Social Services,Resources,Resources Total,total,2007/08,249.34,249.34,,Staffing,001_23223e66fe6ffd0f.txt,1303
Headquarters,Kent Adult Social Services,Resources,Resources Total,total,2008/09,239.62,239.62,,Staffing,001_23223e66fe6ffd0f.txt,1303
Headquarters,Kent Adult Social Services,Resources,Strategic Learning Disability Project,,2007/08,4.99,4.99,,Staffing,001_23223e66fe6ffd0f.txt,1304
Headquarters,Kent Adult Social Services,Resources,Strategic Learning Disability Project,,2008/09,4.61,4.61,,Staffing,001_23223e66fe6ffd0f.txt,1304
Headquarters,Kent Adult Social Services,Resources,Total for all HQ Plan,total,2007/08,332.83,332.83,,Staffing,001_23223e66fe6ffd0f.txt,1305
Headquarters,Kent Adult Social Services,Resources,Total for all HQ Plan,total,2008/09,332.31,332.31,,Staffing,001_23223e66fe6ffd0f.txt,1305
Headquarters,Kent Adult Social Services,Resources,Total includes following number of KS 13 and above,13 and above (of total),2007/08,36.81,36.81,,Staffing,001_23223e66fe6ffd0f.txt,1306
Headquarters,Kent Adult Social Services,Resources,Total includes following number of KS 13 and above,13 and above (of total),2008/09,36.81,36.81,,Staffing,001_23223e66fe6ffd0f.txt,1306
Headquarters,Kent Adult Social Services,Resources,Total For the Whole of KASS,total,2007/08,2939,2939,,Staffing,001_23223e66fe6ffd0f.txt,1308
Headquarters,Kent Adult Social Services,Resources,Total For the Whole of KASS,total,2008/09,2921.92,2921.92,,Staffing,001_23223e66fe6ffd0f.txt,1308
Headquarters,Kent Adult Social Services,Resources,Total includes following number of KS 13 and above,13 and above (of total),2007/08,62.32,62.32,,Staffing,001_23223e66fe6ffd0f.txt,1309
Headquarters,Kent Adult Social Services,Resources,Total includes following number of KS 13 and above,13 and above (of total),2008/09,62.32,62.32,,Staffing,001_23223e66fe6ffd0f.txt,1309
East Kent Adult Social Services,Kent Adult Social Services,,Assessment & Related,,2007/08,433.38,433.38,,Staffing,001_23223e66fe6ffd0f.txt,2289
East Kent Adult Social Services,Kent Adult Social Services,,Assessment & Related,,2008/09,430.90,430.90,,Staffing,001_23223e66fe6ffd0f.txt,2289
East Kent Adult Social Services,Kent Adult Social Services,,Business & Performance Management,,2007/08,61.11,61.11,,Staffing,001_23223e66fe6ffd0f.txt,2290
East Kent Adult Social Services,Kent Adult Social Services,,Business & Performance Management,,2008/09,60.90,60.90,,Staffing,001_23223e66fe6ffd0f.txt,2290
East Kent Adult Social Services,Kent Adult Social Services,,Sensory Disability* ²,,2007/08,19.98,19.98,,Staffing,001_23223e66fe6ffd0f.txt,2291
East Kent Adult Social Services,Kent Adult Social Services,,Sensory Disability* ²,,2008/09,19.97,19.97,,Staffing,001_23223e66fe6ffd0f.txt,2291
East Kent Adult Social Services,Kent Adult Social Services,,Homecare,,2007/08,91.97,91.97,,Staffing,001_23223e66fe6ffd0f.txt,2292
East Kent Adult Social Services,Kent Adult Social Services,,Homecare,,2008/09,91.41,91.41,,Staffing,001_23223e66fe6ffd0f.txt,2292
East Kent Adult Social Services,Kent Adult Social Services,,Occupational Therapy,,2007/08,65.82,65.82,,Staffing,001_23223e66fe6ffd0f.txt,2293
East Kent Adult Social Services,Kent Adult Social Services,,Occupational Therapy,,2008/09,65.40,65.40,,Staffing,001_23223e66fe6ffd0f.txt,2293
East Kent Adult Social Services,Kent Adult Social Services,,Older People's Provision,,2007/08,339.95,339.95,,Staffing,001_23223e66fe6ffd0f.txt,2294
East Kent Adult Social Services,Kent Adult Social Services,,Older People's Provision,,2008/09,338.05,338.05,,Staffing,001_23223e66fe6ffd0f.txt,2294
East Kent Adult Social Services,Kent Adult Social Services,,Learning Disability Provision* ³,,2007/08,256.21,256.21,,Staffing,001_23223e66fe6ffd0f.txt,2295
East Kent Adult Social Services,Kent Adult Social Services,,Learning Disability Provision* ³,,2008/09,254.81,254.81,,Staffing,001_23223e66fe6ffd0f.txt,2295
East Kent Adult Social Services,Kent Adult Social Services,,East Kent total,total,2007/08,1268.42,1268.42,,Staffing,001_23223e66fe6ffd0f.txt,2296
East Kent Adult Social Services,Kent Adult Social Services,,East Kent total,total,2008/09,1261.44,1261.44,,Staffing,001_23223e66fe6ffd0f.txt,2296
East Kent Adult Social Services,Kent Adult Social Services,,Total includes following number of KS 13 and above,13 and above (of total),2007/08,13,13,,Staffing,001_23223e66fe6ffd0f.txt,2297
East Kent Adult Social Services,Kent Adult Social Services,,Total includes following number of KS 13 and above,13 and above (of total),2008/09,13,13,,Staffing,001_23223e66fe6ffd0f.txt,2297
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Assessment & Related,,2007/08,261.21,261.21,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3169
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Assessment & Related,,2008/09,260.05,260.05,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3169
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Business & Performance Management,,2007/08,72.86,72.86,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3170
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Business & Performance Management,,2008/09,72.39,72.39,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3170
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Homecare,,2007/08,100.48,100.48,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3171
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Homecare,,2008/09,99.95,99.95,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3171
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Occupational Therapy,,2007/08,52.3,52.3,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3172
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Occupational Therapy,,2008/09,52.02,52.02,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3172
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Older People's Provision & LDP Respite,,2007/08,312.33,312.33,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3173
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Older People's Provision & LDP Respite,,2008/09,310.64,310.64,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3173
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Learning Disability Provision,,2007/08,157.2,157.2,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3174
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Learning Disability Provision,,2008/09,156.16,156.16,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3174
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Modernisation of Day Services ^{*2},,2007/08,64.64,64.64,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3175
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Modernisation of Day Services ^{*2},,2008/09,64.28,64.28,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3175
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),West Kent total,total,2007/08,1021.02,1021.02,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3176
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),West Kent total,total,2008/09,1015.49,1015.49,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3176
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Total includes following number of KS 13 and above,13 and above (of total),2007/08,13,13,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3177
West Kent Adult Social Services,Kent Adult Social Services,Director - Commissioning & Provision (West),Total includes following number of KS 13 and above,13 and above (of total),2008/09,13,13,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,3177
Adult Mental Health Services,Kent Adult Social Services,,Mental Health Partnership Trust,,2007/08,257.68,257.68,,Staffing,001_23223e66fe6ffd0f.txt,3621
Adult Mental Health Services,Kent Adult Social Services,,Mental Health Partnership Trust,,2008/09,256.02,256.02,,Staffing,001_23223e66fe6ffd0f.txt,3621
Adult Mental Health Services,Kent Adult Social Services,,MH - Commissioning & Contracting,,2007/08,7.93,7.93,,Staffing,001_23223e66fe6ffd0f.txt,3622
Adult Mental Health Services,Kent Adult Social Services,,MH - Commissioning & Contracting,,2008/09,8.00,8.00,,Staffing,001_23223e66fe6ffd0f.txt,3622
Adult Mental Health Services,Kent Adult Social Services,,Total,total,2007/08,265.61,265.61,,Staffing,001_23223e66fe6ffd0f.txt,3623
Adult Mental Health Services,Kent Adult Social Services,,Total,total,2008/09,264.02,264.02,,Staffing,001_23223e66fe6ffd0f.txt,3623
Adult Mental Health Services,Kent Adult Social Services,,Total includes following number of KS 13 and above,13 and above (of total),2007/08,4.5,4.5,,Staffing,001_23223e66fe6ffd0f.txt,3624
Adult Mental Health Services,Kent Adult Social Services,,Total includes following number of KS 13 and above,13 and above (of total),2008/09,4.5,4.5,,Staffing,001_23223e66fe6ffd0f.txt,3624
Kent-wide Services,Kent Adult Social Services,,County Duty Service,,2007/08,34.37,34.37,,Staffing,001_23223e66fe6ffd0f.txt,4287
Kent-wide Services,Kent Adult Social Services,,County Duty Service,,2008/09,34.20,34.20,,Staffing,001_23223e66fe6ffd0f.txt,4287
Kent-wide Services,Kent Adult Social Services,,Gypsy & Traveller Unit,,2007/08,7.34,7.34,header lost; columns as in the table above,Staffing,001_23223e66fe6ffd0f.txt,4291
Kent-wide Services,Kent Adult Social Services,,Gypsy & Traveller Unit,,2008/09,7.18,7.18,header lost; columns as in the table above,Staffing,001_23223e66fe6ffd0f.txt,4291
Kent-wide Services,Kent Adult Social Services,,Operations Director,,2007/08,1,1,header lost; columns as in the table above,Staffing,001_23223e66fe6ffd0f.txt,4292
Kent-wide Services,Kent Adult Social Services,,Operations Director,,2008/09,1.00,1.00,header lost; columns as in the table above,Staffing,001_23223e66fe6ffd0f.txt,4292
Kent-wide Services,Kent Adult Social Services,,Managing Director,,2007/08,1,1,header lost; columns as in the table above,Staffing,001_23223e66fe6ffd0f.txt,4293
Kent-wide Services,Kent Adult Social Services,,Managing Director,,2008/09,1.00,1.00,header lost; columns as in the table above,Staffing,001_23223e66fe6ffd0f.txt,4293
Kent-wide Services,Kent Adult Social Services,,Total,total,2007/08,43.71,43.71,header lost; columns as in the table above,Staffing,001_23223e66fe6ffd0f.txt,4294
Kent-wide Services,Kent Adult Social Services,,Total,total,2008/09,43.38,43.38,header lost; columns as in the table above,Staffing,001_23223e66fe6ffd0f.txt,4294
Kent-wide Services,Kent Adult Social Services,,Total includes following number of KS 13 and above,13 and above (of total),2007/08,3,3,header lost; columns as in the table above,Staffing,001_23223e66fe6ffd0f.txt,4295
Kent-wide Services,Kent Adult Social Services,,Total includes following number of KS 13 and above,13 and above (of total),2008/09,3,3,header lost; columns as in the table above,Staffing,001_23223e66fe6ffd0f.txt,4295
Supporting People,Kent Adult Social Services,RESOURCES:- Structure chart,Pt13 and above or equivalent (FTEs),13 and above,2007/08,,One,,Staffing,001_23223e66fe6ffd0f.txt,4637
Supporting People,Kent Adult Social Services,RESOURCES:- Structure chart,Pt13 and above or equivalent (FTEs),13 and above,2008/09,,One,,Staffing,001_23223e66fe6ffd0f.txt,4637
Supporting People,Kent Adult Social Services,RESOURCES:- Structure chart,Pt12 and below (FTEs),12 and below,2007/08,15,15,,Staffing,001_23223e66fe6ffd0f.txt,4638
Supporting People,Kent Adult Social Services,RESOURCES:- Structure chart,Pt12 and below (FTEs),12 and below,2008/09,15,15,,Staffing,001_23223e66fe6ffd0f.txt,4638
Supporting People,Kent Adult Social Services,RESOURCES:- Structure chart,TOTAL,total,2007/08,16,16,,Staffing,001_23223e66fe6ffd0f.txt,4639
Supporting People,Kent Adult Social Services,RESOURCES:- Structure chart,TOTAL,total,2008/09,16,16,,Staffing,001_23223e66fe6ffd0f.txt,4639
Supporting People,Kent Adult Social Services,RESOURCES:- Structure chart,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,,All (CLG),,Staffing,001_23223e66fe6ffd0f.txt,4640
Supporting People,Kent Adult Social Services,RESOURCES:- Structure chart,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,,All (CLG),,Staffing,001_23223e66fe6ffd0f.txt,4640
Commissioning Division,"Children, Families & Education",ABS,Pt13 and above or equivalent (FTEs),13 and above,2007/08,5,5,,Staffing,001_23223e66fe6ffd0f.txt,6491
Commissioning Division,"Children, Families & Education",ABS,Pt13 and above or equivalent (FTEs),13 and above,2008/09,5,5,,Staffing,001_23223e66fe6ffd0f.txt,6491
Commissioning Division,"Children, Families & Education",ABS,Pt12 and below (FTEs),12 and below,2007/08,267.6,267.6,,Staffing,001_23223e66fe6ffd0f.txt,6492
Commissioning Division,"Children, Families & Education",ABS,Pt12 and below (FTEs),12 and below,2008/09,276.8,276.8,,Staffing,001_23223e66fe6ffd0f.txt,6492
Commissioning Division,"Children, Families & Education",ABS,TOTAL,total,2007/08,271.6,271.6,,Staffing,001_23223e66fe6ffd0f.txt,6493
Commissioning Division,"Children, Families & Education",ABS,TOTAL,total,2008/09,281.8,281.8,,Staffing,001_23223e66fe6ffd0f.txt,6493
Commissioning Division,"Children, Families & Education",ABS,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,12.01,12.01,,Staffing,001_23223e66fe6ffd0f.txt,6494
Commissioning Division,"Children, Families & Education",ABS,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,12.01,12.01,,Staffing,001_23223e66fe6ffd0f.txt,6494
Commissioning Division,"Children, Families & Education",AEN&R,Pt13 and above or equivalent (FTEs),13 and above,2007/08,5,5,,AEN&R,001_23223e66fe6ffd0f.txt,6501
Commissioning Division,"Children, Families & Education",AEN&R,Pt13 and above or equivalent (FTEs),13 and above,2008/09,5,5,,AEN&R,001_23223e66fe6ffd0f.txt,6501
Commissioning Division,"Children, Families & Education",AEN&R,Pt12 and below (FTEs),12 and below,2007/08,166.6,166.6,,AEN&R,001_23223e66fe6ffd0f.txt,6502
Commissioning Division,"Children, Families & Education",AEN&R,Pt12 and below (FTEs),12 and below,2008/09,166.1,166.1,,AEN&R,001_23223e66fe6ffd0f.txt,6502
Commissioning Division,"Children, Families & Education",AEN&R,TOTAL,total,2007/08,171.6,171.6,,AEN&R,001_23223e66fe6ffd0f.txt,6503
Commissioning Division,"Children, Families & Education",AEN&R,TOTAL,total,2008/09,171.1,171.1,,AEN&R,001_23223e66fe6ffd0f.txt,6503
Commissioning Division,"Children, Families & Education",STS,Pt13 and above or equivalent (FTEs),13 and above,2007/08,5,5,,AEN&R,001_23223e66fe6ffd0f.txt,6511
Commissioning Division,"Children, Families & Education",STS,Pt13 and above or equivalent (FTEs),13 and above,2008/09,5,5*,,AEN&R,001_23223e66fe6ffd0f.txt,6511
Commissioning Division,"Children, Families & Education",STS,Pt12 and below (FTEs),12 and below,2007/08,70.32,70.32,,AEN&R,001_23223e66fe6ffd0f.txt,6512
Commissioning Division,"Children, Families & Education",STS,Pt12 and below (FTEs),12 and below,2008/09,55.8,55.8,,AEN&R,001_23223e66fe6ffd0f.txt,6512
Commissioning Division,"Children, Families & Education",STS,TOTAL,total,2007/08,75.32,75.32,,AEN&R,001_23223e66fe6ffd0f.txt,6513
Commissioning Division,"Children, Families & Education",STS,TOTAL,total,2008/09,60.8,60.8,,AEN&R,001_23223e66fe6ffd0f.txt,6513
Commissioning Division,"Children, Families & Education",STS,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,12.41,12.41,,AEN&R,001_23223e66fe6ffd0f.txt,6514
Commissioning Division,"Children, Families & Education",STS,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,901,901,,AEN&R,001_23223e66fe6ffd0f.txt,6514
Commissioning Division,"Children, Families & Education",EPS,Pt13 and above or equivalent (FTEs),13 and above,2007/08,16.1,16.1,,AEN&R,001_23223e66fe6ffd0f.txt,6521
Commissioning Division,"Children, Families & Education",EPS,Pt13 and above or equivalent (FTEs),13 and above,2008/09,18.48,18.48,,AEN&R,001_23223e66fe6ffd0f.txt,6521
Commissioning Division,"Children, Families & Education",EPS,Pt12 and below (FTEs),12 and below,2007/08,59.6,59.6,,AEN&R,001_23223e66fe6ffd0f.txt,6522
Commissioning Division,"Children, Families & Education",EPS,Pt12 and below (FTEs),12 and below,2008/09,57.22,57.22,,AEN&R,001_23223e66fe6ffd0f.txt,6522
Commissioning Division,"Children, Families & Education",EPS,TOTAL,total,2007/08,75.7,75.7,,AEN&R,001_23223e66fe6ffd0f.txt,6523
Commissioning Division,"Children, Families & Education",EPS,TOTAL,total,2008/09,75.7,75.7,,AEN&R,001_23223e66fe6ffd0f.txt,6523
Commissioning Division,"Children, Families & Education",EPS,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,9,9,,AEN&R,001_23223e66fe6ffd0f.txt,6524
Commissioning Division,"Children, Families & Education",EPS,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,0,0,,AEN&R,001_23223e66fe6ffd0f.txt,6524
Commissioning Division,"Children, Families & Education",JCU,Pt13 and above or equivalent (FTEs),13 and above,2007/08,9,9,,AEN&R,001_23223e66fe6ffd0f.txt,6529
Commissioning Division,"Children, Families & Education",JCU,Pt13 and above or equivalent (FTEs),13 and above,2008/09,9,9,,AEN&R,001_23223e66fe6ffd0f.txt,6529
Commissioning Division,"Children, Families & Education",JCU,Pt12 and below (FTEs),12 and below,2007/08,18.5,18.5,,AEN&R,001_23223e66fe6ffd0f.txt,6530
Commissioning Division,"Children, Families & Education",JCU,Pt12 and below (FTEs),12 and below,2008/09,18,18,,AEN&R,001_23223e66fe6ffd0f.txt,6530
Commissioning Division,"Children, Families & Education",JCU,TOTAL,total,2007/08,27.5,27.5*,,AEN&R,001_23223e66fe6ffd0f.txt,6531
Commissioning Division,"Children, Families & Education",JCU,TOTAL,total,2008/09,27,27,,AEN&R,001_23223e66fe6ffd0f.txt,6531
Commissioning Division,"Children, Families & Education",MCAS,Pt13 and above or equivalent (FTEs),13 and above,2007/08,1.0,1.0,,MCAS,001_23223e66fe6ffd0f.txt,6541
Commissioning Division,"Children, Families & Education",MCAS,Pt13 and above or equivalent (FTEs),13 and above,2008/09,1,1*,,MCAS,001_23223e66fe6ffd0f.txt,6541
Commissioning Division,"Children, Families & Education",MCAS,Pt12 and below (FTEs),12 and below,2007/08,33.9,33.9,,MCAS,001_23223e66fe6ffd0f.txt,6542
Commissioning Division,"Children, Families & Education",MCAS,Pt12 and below (FTEs),12 and below,2008/09,27.3,27.3,,MCAS,001_23223e66fe6ffd0f.txt,6542
Commissioning Division,"Children, Families & Education",MCAS,TOTAL,total,2007/08,34.9,34.9,,MCAS,001_23223e66fe6ffd0f.txt,6543
Commissioning Division,"Children, Families & Education",MCAS,TOTAL,total,2008/09,28.3,28.3,,MCAS,001_23223e66fe6ffd0f.txt,6543
Commissioning Division,"Children, Families & Education",MCAS,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,30.9,30.9**,,MCAS,001_23223e66fe6ffd0f.txt,6544
Commissioning Division,"Children, Families & Education",MCAS,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,27.3,27.3,,MCAS,001_23223e66fe6ffd0f.txt,6544
Children's Social Services,"Children, Families & Education",District Children and Family Services,Pt13 and above or equivalent (FTEs),13 and above,2007/08,15,15,,Staffing,001_23223e66fe6ffd0f.txt,8027
Children's Social Services,"Children, Families & Education",District Children and Family Services,Pt13 and above or equivalent (FTEs),13 and above,2008/09,15,15,,Staffing,001_23223e66fe6ffd0f.txt,8027
Children's Social Services,"Children, Families & Education",District Children and Family Services,Pt12 and below (FTEs) – includes 7.5 early years posts,12 and below,2007/08,766.3,766.3,,Staffing,001_23223e66fe6ffd0f.txt,8028
Children's Social Services,"Children, Families & Education",District Children and Family Services,Pt12 and below (FTEs) – includes 7.5 early years posts,12 and below,2008/09,751.9,751.9,,Staffing,001_23223e66fe6ffd0f.txt,8028
Children's Social Services,"Children, Families & Education",District Children and Family Services,TOTAL,total,2007/08,781.3,781.3,,Staffing,001_23223e66fe6ffd0f.txt,8029
Children's Social Services,"Children, Families & Education",District Children and Family Services,TOTAL,total,2008/09,766.9,766.9,,Staffing,001_23223e66fe6ffd0f.txt,8029
Children's Social Services,"Children, Families & Education",District Children and Family Services,"Of the above, the estimated FTE which are externally funded",externally funded,2007/08,62.3,62.3,,Staffing,001_23223e66fe6ffd0f.txt,8030
Children's Social Services,"Children, Families & Education",District Children and Family Services,"Of the above, the estimated FTE which are externally funded",externally funded,2008/09,42.8,42.8,,Staffing,001_23223e66fe6ffd0f.txt,8030
Children's Social Services,"Children, Families & Education",Specialist Children's Services,Pt13 and above or equivalent (FTEs),13 and above,2007/08,4,4,,Staffing,001_23223e66fe6ffd0f.txt,8033
Children's Social Services,"Children, Families & Education",Specialist Children's Services,Pt13 and above or equivalent (FTEs),13 and above,2008/09,4,4,,Staffing,001_23223e66fe6ffd0f.txt,8033
Children's Social Services,"Children, Families & Education",Specialist Children's Services,Pt12 and below (FTEs),12 and below,2007/08,133.5,133.5,,Staffing,001_23223e66fe6ffd0f.txt,8034
Children's Social Services,"Children, Families & Education",Specialist Children's Services,Pt12 and below (FTEs),12 and below,2008/09,134,134,,Staffing,001_23223e66fe6ffd0f.txt,8034
Children's Social Services,"Children, Families & Education",Specialist Children's Services,TOTAL,total,2007/08,137.5,137.5,,Staffing,001_23223e66fe6ffd0f.txt,8035
Children's Social Services,"Children, Families & Education",Specialist Children's Services,TOTAL,total,2008/09,138,138,,Staffing,001_23223e66fe6ffd0f.txt,8035
Children's Social Services,"Children, Families & Education",Specialist Children's Services,"Of the above, the estimated FTE which are externally funded",externally funded,2007/08,,~,,Staffing,001_23223e66fe6ffd0f.txt,8036
Children's Social Services,"Children, Families & Education",Specialist Children's Services,"Of the above, the estimated FTE which are externally funded",externally funded,2008/09,,-,,Staffing,001_23223e66fe6ffd0f.txt,8036
Children's Social Services,"Children, Families & Education",Adoption and Fostering Services,Pt13 and above or equivalent (FTEs),13 and above,2007/08,2,2,,Staffing,001_23223e66fe6ffd0f.txt,8039
Children's Social Services,"Children, Families & Education",Adoption and Fostering Services,Pt13 and above or equivalent (FTEs),13 and above,2008/09,2,2,,Staffing,001_23223e66fe6ffd0f.txt,8039
Children's Social Services,"Children, Families & Education",Adoption and Fostering Services,Pt12 and below (FTEs),12 and below,2007/08,143.8,143.8,,Staffing,001_23223e66fe6ffd0f.txt,8040
Children's Social Services,"Children, Families & Education",Adoption and Fostering Services,Pt12 and below (FTEs),12 and below,2008/09,147.1,147.1,,Staffing,001_23223e66fe6ffd0f.txt,8040
Children's Social Services,"Children, Families & Education",Adoption and Fostering Services,TOTAL,total,2007/08,145.8,145.8,,Staffing,001_23223e66fe6ffd0f.txt,8041
Children's Social Services,"Children, Families & Education",Adoption and Fostering Services,TOTAL,total,2008/09,149.1,149.1,,Staffing,001_23223e66fe6ffd0f.txt,8041
Children's Social Services,"Children, Families & Education",Adoption and Fostering Services,"Of the above, the estimated FTE which are externally funded",externally funded,2007/08,2.5,2.5,,Staffing,001_23223e66fe6ffd0f.txt,8042
Children's Social Services,"Children, Families & Education",Adoption and Fostering Services,"Of the above, the estimated FTE which are externally funded",externally funded,2008/09,2.5,2.5,,Staffing,001_23223e66fe6ffd0f.txt,8042
Children's Social Services,"Children, Families & Education",Family Group Conferencing,Pt13 and above or equivalent (FTEs),13 and above,2007/08,,~,,Staffing,001_23223e66fe6ffd0f.txt,8045
Children's Social Services,"Children, Families & Education",Family Group Conferencing,Pt12 and below (FTEs),12 and below,2007/08,31.6,31.6,,Staffing,001_23223e66fe6ffd0f.txt,8046
Children's Social Services,"Children, Families & Education",Family Group Conferencing,Pt12 and below (FTEs),12 and below,2008/09,31.6,31.6,,Staffing,001_23223e66fe6ffd0f.txt,8046
Children's Social Services,"Children, Families & Education",Family Group Conferencing,TOTAL,total,2007/08,31.6,31.6,,Staffing,001_23223e66fe6ffd0f.txt,8047
Children's Social Services,"Children, Families & Education",Family Group Conferencing,TOTAL,total,2008/09,31.6,31.6,,Staffing,001_23223e66fe6ffd0f.txt,8047
Children's Social Services,"Children, Families & Education",Family Group Conferencing,"Of the above, the estimated FTE which are externally funded",externally funded,2007/08,2.5,2.5,,Staffing,001_23223e66fe6ffd0f.txt,8048
Children's Social Services,"Children, Families & Education",Family Group Conferencing,"Of the above, the estimated FTE which are externally funded",externally funded,2008/09,2.0,2.0,,Staffing,001_23223e66fe6ffd0f.txt,8048
Children's Social Services,"Children, Families & Education",Services for Unaccompanied Asylum Seeking Children,Pt13 and above or equivalent (FTEs),13 and above,2007/08,1,1,,Staffing,001_23223e66fe6ffd0f.txt,8051
Children's Social Services,"Children, Families & Education",Services for Unaccompanied Asylum Seeking Children,Pt13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,Staffing,001_23223e66fe6ffd0f.txt,8051
Children's Social Services,"Children, Families & Education",Services for Unaccompanied Asylum Seeking Children,Pt12 and below (FTEs),12 and below,2007/08,76.3,76.3,,Staffing,001_23223e66fe6ffd0f.txt,8052
Children's Social Services,"Children, Families & Education",Services for Unaccompanied Asylum Seeking Children,Pt12 and below (FTEs),12 and below,2008/09,76.3,76.3,,Staffing,001_23223e66fe6ffd0f.txt,8052
Children's Social Services,"Children, Families & Education",Services for Unaccompanied Asylum Seeking Children,TOTAL,total,2007/08,77.3,77.3,,Staffing,001_23223e66fe6ffd0f.txt,8053
Children's Social Services,"Children, Families & Education",Services for Unaccompanied Asylum Seeking Children,TOTAL,total,2008/09,77.3,77.3,,Staffing,001_23223e66fe6ffd0f.txt,8053
Children's Social Services,"Children, Families & Education",Services for Unaccompanied Asylum Seeking Children,"Of the above, the estimated FTE which are externally funded",externally funded,2007/08,77.3,77.3,,Staffing,001_23223e66fe6ffd0f.txt,8054
Children's Social Services,"Children, Families & Education",Services for Unaccompanied Asylum Seeking Children,"Of the above, the estimated FTE which are externally funded",externally funded,2008/09,77.3,77.3,,Staffing,001_23223e66fe6ffd0f.txt,8054
Children's Social Services,"Children, Families & Education",Kent Rainer 16plus Service,Pt13 and above or equivalent (FTEs),13 and above,2007/08,,~,,Staffing,001_23223e66fe6ffd0f.txt,8057
Children's Social Services,"Children, Families & Education",Kent Rainer 16plus Service,Pt12 and below (FTEs),12 and below,2007/08,13,13,,Staffing,001_23223e66fe6ffd0f.txt,8058
Children's Social Services,"Children, Families & Education",Kent Rainer 16plus Service,Pt12 and below (FTEs),12 and below,2008/09,12.6,12.6,,Staffing,001_23223e66fe6ffd0f.txt,8058
Children's Social Services,"Children, Families & Education",Kent Rainer 16plus Service,TOTAL,total,2007/08,13,13,,Staffing,001_23223e66fe6ffd0f.txt,8059
Children's Social Services,"Children, Families & Education",Kent Rainer 16plus Service,TOTAL,total,2008/09,12.6,12.6,,Staffing,001_23223e66fe6ffd0f.txt,8059
Children's Social Services,"Children, Families & Education",Kent Rainer 16plus Service,"Of the above, the estimated FTE which are externally funded",externally funded,2007/08,1,1,,Staffing,001_23223e66fe6ffd0f.txt,8060
Children's Social Services,"Children, Families & Education",Kent Rainer 16plus Service,"Of the above, the estimated FTE which are externally funded",externally funded,2008/09,1,1,,Staffing,001_23223e66fe6ffd0f.txt,8060
Children's Social Services,"Children, Families & Education",Out of Hours Services,Pt13 and above or equivalent (FTEs),13 and above,2007/08,1,1,,Staffing,001_23223e66fe6ffd0f.txt,8063
Children's Social Services,"Children, Families & Education",Out of Hours Services,Pt13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,Staffing,001_23223e66fe6ffd0f.txt,8063
Children's Social Services,"Children, Families & Education",Out of Hours Services,Pt12 and below (FTEs),12 and below,2007/08,18.6,18.6,,Staffing,001_23223e66fe6ffd0f.txt,8064
Children's Social Services,"Children, Families & Education",Out of Hours Services,Pt12 and below (FTEs),12 and below,2008/09,17.6,17.6,,Staffing,001_23223e66fe6ffd0f.txt,8064
Children's Social Services,"Children, Families & Education",Out of Hours Services,TOTAL,total,2007/08,19.6,19.6,,Staffing,001_23223e66fe6ffd0f.txt,8065
Children's Social Services,"Children, Families & Education",Out of Hours Services,TOTAL,total,2008/09,18.6,18.6,,Staffing,001_23223e66fe6ffd0f.txt,8065
Children's Social Services,"Children, Families & Education",Out of Hours Services,"Of the above, the estimated FTE which are externally funded",externally funded,2007/08,,~,,Staffing,001_23223e66fe6ffd0f.txt,8066
Children's Social Services,"Children, Families & Education",Out of Hours Services,"Of the above, the estimated FTE which are externally funded",externally funded,2008/09,,-,,Staffing,001_23223e66fe6ffd0f.txt,8066
Children's Social Services,"Children, Families & Education",Business and Performance Management Unit,Pt13 and above or equivalent (FTEs),13 and above,2007/08,1,1,,Staffing,001_23223e66fe6ffd0f.txt,8069
Children's Social Services,"Children, Families & Education",Business and Performance Management Unit,Pt13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,Staffing,001_23223e66fe6ffd0f.txt,8069
Children's Social Services,"Children, Families & Education",Business and Performance Management Unit,Pt12 and below (FTEs),12 and below,2007/08,42.2,42.2,,Staffing,001_23223e66fe6ffd0f.txt,8070
Children's Social Services,"Children, Families & Education",Business and Performance Management Unit,Pt12 and below (FTEs),12 and below,2008/09,44.2,44.2,,Staffing,001_23223e66fe6ffd0f.txt,8070
Children's Social Services,"Children, Families & Education",Business and Performance Management Unit,TOTAL,total,2007/08,43.2,43.2,,Staffing,001_23223e66fe6ffd0f.txt,8071
Children's Social Services,"Children, Families & Education",Business and Performance Management Unit,TOTAL,total,2008/09,45.2,45.2,,Staffing,001_23223e66fe6ffd0f.txt,8071
Children's Social Services,"Children, Families & Education",Business and Performance Management Unit,"Of the above, the estimated FTE which are externally funded",externally funded,2007/08,,~,,Staffing,001_23223e66fe6ffd0f.txt,8072
Children's Social Services,"Children, Families & Education",Business and Performance Management Unit,"Of the above, the estimated FTE which are externally funded",externally funded,2008/09,,-,,Staffing,001_23223e66fe6ffd0f.txt,8072
Children's Social Services,"Children, Families & Education",TOTAL FOR CSS,Pt13 and above or equivalent (FTEs),13 and above,2007/08,24,24,,Staffing,001_23223e66fe6ffd0f.txt,8075
Children's Social Services,"Children, Families & Education",TOTAL FOR CSS,Pt13 and above or equivalent (FTEs),13 and above,2008/09,24,24,,Staffing,001_23223e66fe6ffd0f.txt,8075
Children's Social Services,"Children, Families & Education",TOTAL FOR CSS,Pt12 and below (FTEs),12 and below,2007/08,1225.3,1225.3,,Staffing,001_23223e66fe6ffd0f.txt,8076
Children's Social Services,"Children, Families & Education",TOTAL FOR CSS,Pt12 and below (FTEs),12 and below,2008/09,1215.3,1215.3,,Staffing,001_23223e66fe6ffd0f.txt,8076
Children's Social Services,"Children, Families & Education",TOTAL FOR CSS,TOTAL,total,2007/08,1249.3,1249.3,,Staffing,001_23223e66fe6ffd0f.txt,8077
Children's Social Services,"Children, Families & Education",TOTAL FOR CSS,TOTAL,total,2008/09,1239.3,1239.3,,Staffing,001_23223e66fe6ffd0f.txt,8077
Children's Social Services,"Children, Families & Education",TOTAL FOR CSS,"Of the above, the estimated FTE which are externally funded",externally funded,2007/08,145.6,145.6,,Staffing,001_23223e66fe6ffd0f.txt,8078
Children's Social Services,"Children, Families & Education",TOTAL FOR CSS,"Of the above, the estimated FTE which are externally funded",externally funded,2008/09,125.6,125.6,,Staffing,001_23223e66fe6ffd0f.txt,8078
Standards and Achievement Division,"Children, Families & Education",,Pt13 and above or equivalent (FTEs),13 and above,2007/08,196.5,196.5,,Staffing,001_23223e66fe6ffd0f.txt,9780
Standards and Achievement Division,"Children, Families & Education",,Pt13 and above or equivalent (FTEs),13 and above,2008/09,,199.7* (181.5),,Staffing,001_23223e66fe6ffd0f.txt,9780
Standards and Achievement Division,"Children, Families & Education",,Pt12 and below (FTEs),12 and below,2007/08,105.6,105.6,,Staffing,001_23223e66fe6ffd0f.txt,9781
Standards and Achievement Division,"Children, Families & Education",,Pt12 and below (FTEs),12 and below,2008/09,,105.6**(103.6),,Staffing,001_23223e66fe6ffd0f.txt,9781
Standards and Achievement Division,"Children, Families & Education",,TOTAL,total,2007/08,302.1,302.1,,Staffing,001_23223e66fe6ffd0f.txt,9782
Standards and Achievement Division,"Children, Families & Education",,TOTAL,total,2008/09,305.3,305.3,,Staffing,001_23223e66fe6ffd0f.txt,9782
Standards and Achievement Division,"Children, Families & Education",,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,58.8,58.8,,Staffing,001_23223e66fe6ffd0f.txt,9783
Standards and Achievement Division,"Children, Families & Education",,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,87.9,87.9,,Staffing,001_23223e66fe6ffd0f.txt,9783
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",,Pt13 and above or equivalent (FTEs),13 and above,2007/08,23,23,,Staffing,001_23223e66fe6ffd0f.txt,10843
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",,Pt13 and above or equivalent (FTEs),13 and above,2008/09,23,23,,Staffing,001_23223e66fe6ffd0f.txt,10843
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",,Pt12 and below (FTEs),12 and below,2007/08,250.5,250.5,,Staffing,001_23223e66fe6ffd0f.txt,10844
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",,Pt12 and below (FTEs),12 and below,2008/09,272,272,,Staffing,001_23223e66fe6ffd0f.txt,10844
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",,TOTAL,total,2007/08,273.5,273.5,,Staffing,001_23223e66fe6ffd0f.txt,10845
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",,TOTAL,total,2008/09,295,295 *,,Staffing,001_23223e66fe6ffd0f.txt,10845
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,43.2,43.2**,,Staffing,001_23223e66fe6ffd0f.txt,10846
Finance & Corporate Services Division,"Children, Families & Education",,Pt13 and above or equivalent (FTEs),13 and above,2007/08,3,3,,Staffing,001_23223e66fe6ffd0f.txt,11420
Finance & Corporate Services Division,"Children, Families & Education",,Pt13 and above or equivalent (FTEs),13 and above,2008/09,3,3,,Staffing,001_23223e66fe6ffd0f.txt,11420
Finance & Corporate Services Division,"Children, Families & Education",,Pt12 and below (FTEs),12 and below,2007/08,202.7,202.7,,Staffing,001_23223e66fe6ffd0f.txt,11421
Finance & Corporate Services Division,"Children, Families & Education",,Pt12 and below (FTEs),12 and below,2008/09,203.7,203.7,,Staffing,001_23223e66fe6ffd0f.txt,11421
Finance & Corporate Services Division,"Children, Families & Education",,TOTAL,total,2007/08,205.7,205.7,,Staffing,001_23223e66fe6ffd0f.txt,11422
Finance & Corporate Services Division,"Children, Families & Education",,TOTAL,total,2008/09,206.7,206.7,,Staffing,001_23223e66fe6ffd0f.txt,11422
Finance & Corporate Services Division,"Children, Families & Education",,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,,35.1 Trading team and smarties,,Staffing,001_23223e66fe6ffd0f.txt,11423
Finance & Corporate Services Division,"Children, Families & Education",,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,,35.1 Trading team and smarties,,Staffing,001_23223e66fe6ffd0f.txt,11423
Resources Division,"Children, Families & Education",See below,Pt13 and above or equivalent (FTEs),13 and above,2007/08,7,7,,Staffing,001_23223e66fe6ffd0f.txt,13013
Resources Division,"Children, Families & Education",See below,Pt13 and above or equivalent (FTEs),13 and above,2008/09,15,15,,Staffing,001_23223e66fe6ffd0f.txt,13013
Resources Division,"Children, Families & Education",See below,Pt12 and below (FTEs),12 and below,2007/08,128.1,128.1,,Staffing,001_23223e66fe6ffd0f.txt,13014
Resources Division,"Children, Families & Education",See below,Pt12 and below (FTEs),12 and below,2008/09,121.7,121.7,,Staffing,001_23223e66fe6ffd0f.txt,13014
Resources Division,"Children, Families & Education",See below,TOTAL,total,2007/08,135.1,135.1,,Staffing,001_23223e66fe6ffd0f.txt,13015
Resources Division,"Children, Families & Education",See below,TOTAL,total,2008/09,136.7,136.7,,Staffing,001_23223e66fe6ffd0f.txt,13015
Resources Division,"Children, Families & Education",See below,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,2,2,,Staffing,001_23223e66fe6ffd0f.txt,13016
Resources Division,"Children, Families & Education",See below,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,2,2,,Staffing,001_23223e66fe6ffd0f.txt,13016
"Strategy, Policy and Performance Division","Children, Families & Education","Strategy, Policy and Performance Division",Pt13 and above or equivalent (FTEs),13 and above,2007/08,16.5,16.5,,Staffing,001_23223e66fe6ffd0f.txt,13828
"Strategy, Policy and Performance Division","Children, Families & Education","Strategy, Policy and Performance Division",Pt13 and above or equivalent (FTEs),13 and above,2008/09,21.5,21.5,,Staffing,001_23223e66fe6ffd0f.txt,13828
"Strategy, Policy and Performance Division","Children, Families & Education","Strategy, Policy and Performance Division",Pt12 and below (FTEs),12 and below,2007/08,122.7,122.7,,Staffing,001_23223e66fe6ffd0f.txt,13829
"Strategy, Policy and Performance Division","Children, Families & Education","Strategy, Policy and Performance Division",Pt12 and below (FTEs),12 and below,2008/09,191.1,191.1,,Staffing,001_23223e66fe6ffd0f.txt,13829
"Strategy, Policy and Performance Division","Children, Families & Education","Strategy, Policy and Performance Division",TOTAL,total,2007/08,139.2,139.2,,Staffing,001_23223e66fe6ffd0f.txt,13830
"Strategy, Policy and Performance Division","Children, Families & Education","Strategy, Policy and Performance Division",TOTAL,total,2008/09,212.6,212.6,,Staffing,001_23223e66fe6ffd0f.txt,13830
"Strategy, Policy and Performance Division","Children, Families & Education","Strategy, Policy and Performance Division","Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,24.8,24.8,,Staffing,001_23223e66fe6ffd0f.txt,13831
"Strategy, Policy and Performance Division","Children, Families & Education","Strategy, Policy and Performance Division","Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,19,19,,Staffing,001_23223e66fe6ffd0f.txt,13831
"Strategy, Policy and Performance Division","Children, Families & Education",Policy and Performance,Pt13 and above or equivalent (FTEs),13 and above,2007/08,12.5,12.5,,Staffing,001_23223e66fe6ffd0f.txt,13845
"Strategy, Policy and Performance Division","Children, Families & Education",Policy and Performance,Pt13 and above or equivalent (FTEs),13 and above,2008/09,6.5,6.5,,Staffing,001_23223e66fe6ffd0f.txt,13845
"Strategy, Policy and Performance Division","Children, Families & Education",Policy and Performance,Pt12 and below (FTEs),12 and below,2007/08,79.9,79.9,,Staffing,001_23223e66fe6ffd0f.txt,13846
"Strategy, Policy and Performance Division","Children, Families & Education",Policy and Performance,Pt12 and below (FTEs),12 and below,2008/09,64.1,64.1,,Staffing,001_23223e66fe6ffd0f.txt,13846
"Strategy, Policy and Performance Division","Children, Families & Education",Policy and Performance,TOTAL,total,2007/08,92.4,92.4,,Staffing,001_23223e66fe6ffd0f.txt,13847
"Strategy, Policy and Performance Division","Children, Families & Education",Policy and Performance,TOTAL,total,2008/09,70.6,70.6,,Staffing,001_23223e66fe6ffd0f.txt,13847
"Strategy, Policy and Performance Division","Children, Families & Education",Policy and Performance,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,14.6,14.6,,Staffing,001_23223e66fe6ffd0f.txt,13848
"Strategy, Policy and Performance Division","Children, Families & Education",Policy and Performance,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,3,3,,Staffing,001_23223e66fe6ffd0f.txt,13848
"Strategy, Policy and Performance Division","Children, Families & Education",Management Information,Pt13 and above or equivalent (FTEs),13 and above,2007/08,0,0,,Staffing,001_23223e66fe6ffd0f.txt,13853
"Strategy, Policy and Performance Division","Children, Families & Education",Management Information,Pt13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,Staffing,001_23223e66fe6ffd0f.txt,13853
"Strategy, Policy and Performance Division","Children, Families & Education",Management Information,Pt12 and below (FTEs),12 and below,2007/08,30,30,,Staffing,001_23223e66fe6ffd0f.txt,13854
"Strategy, Policy and Performance Division","Children, Families & Education",Management Information,Pt12 and below (FTEs),12 and below,2008/09,51,51,,Staffing,001_23223e66fe6ffd0f.txt,13854
"Strategy, Policy and Performance Division","Children, Families & Education",Management Information,TOTAL,total,2007/08,30,30,,Staffing,001_23223e66fe6ffd0f.txt,13855
"Strategy, Policy and Performance Division","Children, Families & Education",Management Information,TOTAL,total,2008/09,52,52,,Staffing,001_23223e66fe6ffd0f.txt,13855
"Strategy, Policy and Performance Division","Children, Families & Education",Management Information,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,0,0,,Staffing,001_23223e66fe6ffd0f.txt,13856
"Strategy, Policy and Performance Division","Children, Families & Education",Management Information,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,0,0,,Staffing,001_23223e66fe6ffd0f.txt,13856
"Strategy, Policy and Performance Division","Children, Families & Education",Strategic Planning and Review,Pt13 and above or equivalent (FTEs),13 and above,2007/08,3,3,,Staffing,001_23223e66fe6ffd0f.txt,13861
"Strategy, Policy and Performance Division","Children, Families & Education",Strategic Planning and Review,Pt13 and above or equivalent (FTEs),13 and above,2008/09,7,7,,Staffing,001_23223e66fe6ffd0f.txt,13861
"Strategy, Policy and Performance Division","Children, Families & Education",Strategic Planning and Review,Pt12 and below (FTEs),12 and below,2007/08,2.6,2.6,,Staffing,001_23223e66fe6ffd0f.txt,13862
"Strategy, Policy and Performance Division","Children, Families & Education",Strategic Planning and Review,Pt12 and below (FTEs),12 and below,2008/09,21.3,21.3,,Staffing,001_23223e66fe6ffd0f.txt,13862
"Strategy, Policy and Performance Division","Children, Families & Education",Strategic Planning and Review,TOTAL,total,2007/08,5.6,5.6,,Staffing,001_23223e66fe6ffd0f.txt,13863
"Strategy, Policy and Performance Division","Children, Families & Education",Strategic Planning and Review,TOTAL,total,2008/09,28.3,28.3,,Staffing,001_23223e66fe6ffd0f.txt,13863
"Strategy, Policy and Performance Division","Children, Families & Education",Strategic Planning and Review,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,0,0,,Staffing,001_23223e66fe6ffd0f.txt,13864
"Strategy, Policy and Performance Division","Children, Families & Education",Strategic Planning and Review,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,6,6,,Staffing,001_23223e66fe6ffd0f.txt,13864
"Strategy, Policy and Performance Division","Children, Families & Education",Managing Director and Democratic Support,Pt13 and above or equivalent (FTEs),13 and above,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13869
"Strategy, Policy and Performance Division","Children, Families & Education",Managing Director and Democratic Support,Pt13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,Staffing,001_23223e66fe6ffd0f.txt,13869
"Strategy, Policy and Performance Division","Children, Families & Education",Managing Director and Democratic Support,Pt12 and below (FTEs),12 and below,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13870
"Strategy, Policy and Performance Division","Children, Families & Education",Managing Director and Democratic Support,Pt12 and below (FTEs),12 and below,2008/09,21,21,,Staffing,001_23223e66fe6ffd0f.txt,13870
"Strategy, Policy and Performance Division","Children, Families & Education",Managing Director and Democratic Support,TOTAL,total,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13872
"Strategy, Policy and Performance Division","Children, Families & Education",Managing Director and Democratic Support,TOTAL,total,2008/09,22,22,,Staffing,001_23223e66fe6ffd0f.txt,13872
"Strategy, Policy and Performance Division","Children, Families & Education",Managing Director and Democratic Support,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,0,0,,Staffing,001_23223e66fe6ffd0f.txt,13873
"Strategy, Policy and Performance Division","Children, Families & Education",Managing Director and Democratic Support,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,0,0,,Staffing,001_23223e66fe6ffd0f.txt,13873
"Strategy, Policy and Performance Division","Children, Families & Education",Extended Service Development,Pt13 and above or equivalent (FTEs),13 and above,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13878
"Strategy, Policy and Performance Division","Children, Families & Education",Extended Service Development,Pt13 and above or equivalent (FTEs),13 and above,2008/09,3,3,,Staffing,001_23223e66fe6ffd0f.txt,13878
"Strategy, Policy and Performance Division","Children, Families & Education",Extended Service Development,Pt12 and below (FTEs),12 and below,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13879
"Strategy, Policy and Performance Division","Children, Families & Education",Extended Service Development,Pt12 and below (FTEs),12 and below,2008/09,23.5,23.5,,Staffing,001_23223e66fe6ffd0f.txt,13879
"Strategy, Policy and Performance Division","Children, Families & Education",Extended Service Development,TOTAL,total,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13880
"Strategy, Policy and Performance Division","Children, Families & Education",Extended Service Development,TOTAL,total,2008/09,26.5,26.5,,Staffing,001_23223e66fe6ffd0f.txt,13880
"Strategy, Policy and Performance Division","Children, Families & Education",Extended Service Development,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13881
"Strategy, Policy and Performance Division","Children, Families & Education",Extended Service Development,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,0,0,,Staffing,001_23223e66fe6ffd0f.txt,13881
"Strategy, Policy and Performance Division","Children, Families & Education",International Development,Pt13 and above or equivalent (FTEs),13 and above,2007/08,1,1,,Staffing,001_23223e66fe6ffd0f.txt,13886
"Strategy, Policy and Performance Division","Children, Families & Education",International Development,Pt13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,Staffing,001_23223e66fe6ffd0f.txt,13886
"Strategy, Policy and Performance Division","Children, Families & Education",International Development,Pt12 and below (FTEs),12 and below,2007/08,10.2,10.2,,Staffing,001_23223e66fe6ffd0f.txt,13887
"Strategy, Policy and Performance Division","Children, Families & Education",International Development,Pt12 and below (FTEs),12 and below,2008/09,10.2,10.2,,Staffing,001_23223e66fe6ffd0f.txt,13887
"Strategy, Policy and Performance Division","Children, Families & Education",International Development,TOTAL,total,2007/08,11.2,11.2,,Staffing,001_23223e66fe6ffd0f.txt,13888
"Strategy, Policy and Performance Division","Children, Families & Education",International Development,TOTAL,total,2008/09,11.2,11.2,,Staffing,001_23223e66fe6ffd0f.txt,13888
"Strategy, Policy and Performance Division","Children, Families & Education",International Development,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,10,10,,Staffing,001_23223e66fe6ffd0f.txt,13889
"Strategy, Policy and Performance Division","Children, Families & Education",International Development,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,10,10,,Staffing,001_23223e66fe6ffd0f.txt,13889
"Strategy, Policy and Performance Division","Children, Families & Education",Project Management,Pt13 and above or equivalent (FTEs),13 and above,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13894
"Strategy, Policy and Performance Division","Children, Families & Education",Project Management,Pt13 and above or equivalent (FTEs),13 and above,2008/09,2,2,,Staffing,001_23223e66fe6ffd0f.txt,13894
"Strategy, Policy and Performance Division","Children, Families & Education",Project Management,Pt12 and below (FTEs),12 and below,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13895
"Strategy, Policy and Performance Division","Children, Families & Education",Project Management,Pt12 and below (FTEs),12 and below,2008/09,0,0,,Staffing,001_23223e66fe6ffd0f.txt,13895
"Strategy, Policy and Performance Division","Children, Families & Education",Project Management,TOTAL,total,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13896
"Strategy, Policy and Performance Division","Children, Families & Education",Project Management,TOTAL,total,2008/09,2,2,,Staffing,001_23223e66fe6ffd0f.txt,13896
"Strategy, Policy and Performance Division","Children, Families & Education",Project Management,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,,N/A,,Staffing,001_23223e66fe6ffd0f.txt,13897
"Strategy, Policy and Performance Division","Children, Families & Education",Project Management,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,0,0,,Staffing,001_23223e66fe6ffd0f.txt,13897
Corporate Finance,Chief Executive's Department,BUDGETED FTEs,J AND ABOVE OR EQUIVALENT (FTEs),13 and above,2007/08,11,11,,FINANCE BUSINESS PLAN /BUDGET 08/09,001_23223e66fe6ffd0f.txt,14314
Corporate Finance,Chief Executive's Department,BUDGETED FTEs,J AND ABOVE OR EQUIVALENT (FTEs),13 and above,2008/09,12,12,,FINANCE BUSINESS PLAN /BUDGET 08/09,001_23223e66fe6ffd0f.txt,14314
Corporate Finance,Chief Executive's Department,DIFF 0.0,I AND BELOW (FTEs),12 and below,2007/08,148.4,148.4,header lost; years 2007/08 and 2008/09 from the plan template,DIFF 0.0,001_23223e66fe6ffd0f.txt,14318
Corporate Finance,Chief Executive's Department,DIFF 0.0,I AND BELOW (FTEs),12 and below,2008/09,153,153,header lost; years 2007/08 and 2008/09 from the plan template,DIFF 0.0,001_23223e66fe6ffd0f.txt,14318
Corporate Finance,Chief Executive's Department,DIFF 0.0,TOTAL,total,2007/08,159.4,159.4,header lost; years 2007/08 and 2008/09 from the plan template,DIFF 0.0,001_23223e66fe6ffd0f.txt,14319
Corporate Finance,Chief Executive's Department,DIFF 0.0,TOTAL,total,2008/09,165,165,header lost; years 2007/08 and 2008/09 from the plan template,DIFF 0.0,001_23223e66fe6ffd0f.txt,14319
Corporate Finance,Chief Executive's Department,N,159.4,,2007/08,165.0,165.0,header lost; columns as in the table above,DIFF 0.0,001_23223e66fe6ffd0f.txt,14326
Corporate Finance,Chief Executive's Department,STRUCTURE CHART,Pt13 and above or equivalent (FTEs),13 and above,2007/08,11,11,,Staffing,001_23223e66fe6ffd0f.txt,14425
Corporate Finance,Chief Executive's Department,STRUCTURE CHART,Pt13 and above or equivalent (FTEs),13 and above,2008/09,12,12,,Staffing,001_23223e66fe6ffd0f.txt,14425
Corporate Finance,Chief Executive's Department,STRUCTURE CHART,Pt12 and below (FTEs),12 and below,2007/08,148,148,,Staffing,001_23223e66fe6ffd0f.txt,14426
Corporate Finance,Chief Executive's Department,STRUCTURE CHART,Pt12 and below (FTEs),12 and below,2008/09,153,153,,Staffing,001_23223e66fe6ffd0f.txt,14426
Corporate Finance,Chief Executive's Department,STRUCTURE CHART,TOTAL,total,2007/08,159,159,,Staffing,001_23223e66fe6ffd0f.txt,14427
Corporate Finance,Chief Executive's Department,STRUCTURE CHART,TOTAL,total,2008/09,165,165,,Staffing,001_23223e66fe6ffd0f.txt,14427
Corporate Finance,Chief Executive's Department,STRUCTURE CHART,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,,-,,Staffing,001_23223e66fe6ffd0f.txt,14428
Corporate Finance,Chief Executive's Department,STRUCTURE CHART,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,,-,,Staffing,001_23223e66fe6ffd0f.txt,14428
Property Group,Chief Executive's Department,See appendix 2.,Pt13 and above or equivalent (FTEs),13 and above,2007/08,9,9,,Staffing,001_23223e66fe6ffd0f.txt,14748
Property Group,Chief Executive's Department,See appendix 2.,Pt13 and above or equivalent (FTEs),13 and above,2008/09,12.6,12.6,,Staffing,001_23223e66fe6ffd0f.txt,14748
Property Group,Chief Executive's Department,See appendix 2.,Pt12 and below (FTEs),12 and below,2007/08,122.3,122.3,,Staffing,001_23223e66fe6ffd0f.txt,14749
Property Group,Chief Executive's Department,See appendix 2.,Pt12 and below (FTEs),12 and below,2008/09,122.9,122.9,,Staffing,001_23223e66fe6ffd0f.txt,14749
Property Group,Chief Executive's Department,See appendix 2.,TOTAL,total,2007/08,131.3,131.3,,Staffing,001_23223e66fe6ffd0f.txt,14750
Property Group,Chief Executive's Department,See appendix 2.,TOTAL,total,2008/09,135.5,135.5,,Staffing,001_23223e66fe6ffd0f.txt,14750
Property Group,Chief Executive's Department,See appendix 2.,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,3.5,3.5,,Staffing,001_23223e66fe6ffd0f.txt,14751
Property Group,Chief Executive's Department,See appendix 2.,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,3.5,3.5,,Staffing,001_23223e66fe6ffd0f.txt,14751
Commercial Services,Chief Executive's Department,RESOURCES,Pt13 and above or equivalent (FTEs),13 and above,2007/08,13.00,13.00,,Staffing,001_23223e66fe6ffd0f.txt,14867
Commercial Services,Chief Executive's Department,RESOURCES,Pt13 and above or equivalent (FTEs),13 and above,2008/09,16.00,16.00,,Staffing,001_23223e66fe6ffd0f.txt,14867
Commercial Services,Chief Executive's Department,RESOURCES,Pt12 and below (FTEs),12 and below,2007/08,667.69,667.69,,Staffing,001_23223e66fe6ffd0f.txt,14868
Commercial Services,Chief Executive's Department,RESOURCES,Pt12 and below (FTEs),12 and below,2008/09,739.16,739.16,,Staffing,001_23223e66fe6ffd0f.txt,14868
Commercial Services,Chief Executive's Department,RESOURCES,TOTAL,total,2007/08,680.69,680.69,,Staffing,001_23223e66fe6ffd0f.txt,14869
Commercial Services,Chief Executive's Department,RESOURCES,TOTAL,total,2008/09,755.16,755.16*,,Staffing,001_23223e66fe6ffd0f.txt,14869
Commercial Services,Chief Executive's Department,RESOURCES,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,0,0,,Staffing,001_23223e66fe6ffd0f.txt,14870
Commercial Services,Chief Executive's Department,RESOURCES,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,0,0,,Staffing,001_23223e66fe6ffd0f.txt,14870
Corporate Policy,Chief Executive's Department,Structure chart,KS 13 and above or equivalent (FTEs),13 and above,2007/08,10.38,10.38,,Staffing,001_23223e66fe6ffd0f.txt,15260
Corporate Policy,Chief Executive's Department,Structure chart,KS 13 and above or equivalent (FTEs),13 and above,2008/09,8.21,8.21,,Staffing,001_23223e66fe6ffd0f.txt,15260
Corporate Policy,Chief Executive's Department,Structure chart,KS 12 and below (FTEs),12 and below,2007/08,7.42,7.42,,Staffing,001_23223e66fe6ffd0f.txt,15261
Corporate Policy,Chief Executive's Department,Structure chart,KS 12 and below (FTEs),12 and below,2008/09,3.05,3.05,,Staffing,001_23223e66fe6ffd0f.txt,15261
Corporate Policy,Chief Executive's Department,Structure chart,TOTAL,total,2007/08,17.8,17.8,,Staffing,001_23223e66fe6ffd0f.txt,15262
Corporate Policy,Chief Executive's Department,Structure chart,TOTAL,total,2008/09,11.26,11.26,,Staffing,001_23223e66fe6ffd0f.txt,15262
Corporate Policy,Chief Executive's Department,Structure chart,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,1.81,1.81,,Staffing,001_23223e66fe6ffd0f.txt,15263
Corporate Policy,Chief Executive's Department,Structure chart,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,1.00,1.00,,Staffing,001_23223e66fe6ffd0f.txt,15263
Performance Management Group,Chief Executive's Department,Structure chart,KS 13 and above or equivalent (FTEs),13 and above,2007/08,2,2,,Staffing,001_23223e66fe6ffd0f.txt,15453
Performance Management Group,Chief Executive's Department,Structure chart,KS 13 and above or equivalent (FTEs),13 and above,2008/09,3,3,,Staffing,001_23223e66fe6ffd0f.txt,15453
Performance Management Group,Chief Executive's Department,Structure chart,KS 12 and below (FTEs),12 and below,2007/08,2.8,2.8,,Staffing,001_23223e66fe6ffd0f.txt,15454
Performance Management Group,Chief Executive's Department,Structure chart,KS 12 and below (FTEs),12 and below,2008/09,1.8,1.8,,Staffing,001_23223e66fe6ffd0f.txt,15454
Performance Management Group,Chief Executive's Department,Structure chart,TOTAL,total,2007/08,4.8,4.8*,,Staffing,001_23223e66fe6ffd0f.txt,15455
Performance Management Group,Chief Executive's Department,Structure chart,TOTAL,total,2008/09,4.8,4.8,,Staffing,001_23223e66fe6ffd0f.txt,15455
Performance Management Group,Chief Executive's Department,Structure chart,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,0,0,,Staffing,001_23223e66fe6ffd0f.txt,15456
Performance Management Group,Chief Executive's Department,Structure chart,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,0,0,,Staffing,001_23223e66fe6ffd0f.txt,15456
Kent Partnership,Chief Executive's Department,Structure chart.,Pt13 and above or equivalent (FTEs),13 and above,2007/08,3,3,,Staffing,001_23223e66fe6ffd0f.txt,15678
Kent Partnership,Chief Executive's Department,Structure chart.,Pt13 and above or equivalent (FTEs),13 and above,2008/09,3,3,,Staffing,001_23223e66fe6ffd0f.txt,15678
Kent Partnership,Chief Executive's Department,Structure chart.,Pt12 and below (FTEs),12 and below,2007/08,5,5,,Staffing,001_23223e66fe6ffd0f.txt,15679
Kent Partnership,Chief Executive's Department,Structure chart.,Pt12 and below (FTEs),12 and below,2008/09,5,5,,Staffing,001_23223e66fe6ffd0f.txt,15679
Kent Partnership,Chief Executive's Department,Structure chart.,TOTAL,total,2007/08,8,8,,Staffing,001_23223e66fe6ffd0f.txt,15680
Kent Partnership,Chief Executive's Department,Structure chart.,TOTAL,total,2008/09,8,8,,Staffing,001_23223e66fe6ffd0f.txt,15680
Kent Partnership,Chief Executive's Department,Structure chart.,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,4,4,,Staffing,001_23223e66fe6ffd0f.txt,15681
Kent Partnership,Chief Executive's Department,Structure chart.,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,1.5,1.5,,Staffing,001_23223e66fe6ffd0f.txt,15681
Information Services Group,Chief Executive's Department,Structure chart,KS 13 and above or equivalent (FTEs),13 and above,2007/08,20.81,20.81,,Staffing,001_23223e66fe6ffd0f.txt,16074
Information Services Group,Chief Executive's Department,Structure chart,KS 13 and above or equivalent (FTEs),13 and above,2008/09,24.81,24.81,,Staffing,001_23223e66fe6ffd0f.txt,16074
Information Services Group,Chief Executive's Department,Structure chart,KS 12 and below (FTEs),12 and below,2007/08,275.14,275.14,,Staffing,001_23223e66fe6ffd0f.txt,16075
Information Services Group,Chief Executive's Department,Structure chart,KS 12 and below (FTEs),12 and below,2008/09,279.59,279.59,,Staffing,001_23223e66fe6ffd0f.txt,16075
Information Services Group,Chief Executive's Department,Structure chart,TOTAL,total,2007/08,295.95,295.95,,Staffing,001_23223e66fe6ffd0f.txt,16076
Information Services Group,Chief Executive's Department,Structure chart,TOTAL,total,2008/09,304.4,304.4,,Staffing,001_23223e66fe6ffd0f.txt,16076
Change Through Innovation,Chief Executive's Department,Structure chart,KS 13 and above or equivalent (FTEs),13 and above,2007/08,1,1,,Staffing,001_23223e66fe6ffd0f.txt,16471
Change Through Innovation,Chief Executive's Department,Structure chart,KS 13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,Staffing,001_23223e66fe6ffd0f.txt,16471
Change Through Innovation,Chief Executive's Department,Structure chart,KS 12 and below (FTEs),12 and below,2007/08,3,3,,Staffing,001_23223e66fe6ffd0f.txt,16472
Change Through Innovation,Chief Executive's Department,Structure chart,KS 12 and below (FTEs),12 and below,2008/09,3,3,,Staffing,001_23223e66fe6ffd0f.txt,16472
Change Through Innovation,Chief Executive's Department,Structure chart,TOTAL,total,2007/08,4,4,,Staffing,001_23223e66fe6ffd0f.txt,16473
Change Through Innovation,Chief Executive's Department,Structure chart,TOTAL,total,2008/09,4,4,,Staffing,001_23223e66fe6ffd0f.txt,16473
European Affairs Group,Chief Executive's Department,European Affairs Group,KS 13 and above or equivalent (FTEs),13 and above,2007/08,2,2 ⁵,,Staffing,001_23223e66fe6ffd0f.txt,16668
European Affairs Group,Chief Executive's Department,European Affairs Group,KS 13 and above or equivalent (FTEs),13 and above,2008/09,2,2,,Staffing,001_23223e66fe6ffd0f.txt,16668
European Affairs Group,Chief Executive's Department,European Affairs Group,KS 12 and below (FTEs),12 and below,2007/08,5,5,,Staffing,001_23223e66fe6ffd0f.txt,16669
European Affairs Group,Chief Executive's Department,European Affairs Group,KS 12 and below (FTEs),12 and below,2008/09,5,5,,Staffing,001_23223e66fe6ffd0f.txt,16669
European Affairs Group,Chief Executive's Department,European Affairs Group,Total,total,2007/08,7,7,,Staffing,001_23223e66fe6ffd0f.txt,16670
European Affairs Group,Chief Executive's Department,European Affairs Group,Total,total,2008/09,7,7,,Staffing,001_23223e66fe6ffd0f.txt,16670
European Affairs Group,Chief Executive's Department,European Affairs Group,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,0.5,0.5,,Staffing,001_23223e66fe6ffd0f.txt,16671
European Affairs Group,Chief Executive's Department,European Affairs Group,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,0.5,0.5 ⁶,,Staffing,001_23223e66fe6ffd0f.txt,16671
Legal & Democratic Services,Chief Executive's Department,(2) To deputize for the Monitoring Officer.,Pt13 and above or equivalent (FTEs),13 and above,2007/08,18.8,18.8,,Staffing,001_23223e66fe6ffd0f.txt,17118
Legal & Democratic Services,Chief Executive's Department,(2) To deputize for the Monitoring Officer.,Pt13 and above or equivalent (FTEs),13 and above,2008/09,19.8,19.8,,Staffing,001_23223e66fe6ffd0f.txt,17118
Legal & Democratic Services,Chief Executive's Department,(2) To deputize for the Monitoring Officer.,Pt12 and below (FTEs),12 and below,2007/08,120.0,120.0,,Staffing,001_23223e66fe6ffd0f.txt,17119
Legal & Democratic Services,Chief Executive's Department,(2) To deputize for the Monitoring Officer.,Pt12 and below (FTEs),12 and below,2008/09,126.0,126.0,,Staffing,001_23223e66fe6ffd0f.txt,17119
Legal & Democratic Services,Chief Executive's Department,(2) To deputize for the Monitoring Officer.,TOTAL,total,2007/08,138.8,138.8,,Staffing,001_23223e66fe6ffd0f.txt,17120
Legal & Democratic Services,Chief Executive's Department,(2) To deputize for the Monitoring Officer.,TOTAL,total,2008/09,145.8,145.8,,Staffing,001_23223e66fe6ffd0f.txt,17120
Legal & Democratic Services,Chief Executive's Department,(2) To deputize for the Monitoring Officer.,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,10.5,10.5,,Staffing,001_23223e66fe6ffd0f.txt,17121
Legal & Democratic Services,Chief Executive's Department,(2) To deputize for the Monitoring Officer.,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,6.1,6.1,,Staffing,001_23223e66fe6ffd0f.txt,17121
Personnel & Development,Chief Executive's Department,Attached,KS13 and above or equivalent (FTEs),13 and above,2007/08,15,15,,Staffing,001_23223e66fe6ffd0f.txt,17571
Personnel & Development,Chief Executive's Department,Attached,KS13 and above or equivalent (FTEs),13 and above,2008/09,17,17,,Staffing,001_23223e66fe6ffd0f.txt,17571
Personnel & Development,Chief Executive's Department,Attached,KS12 and below (FTEs),12 and below,2007/08,212.2,212.2,,Staffing,001_23223e66fe6ffd0f.txt,17572
Personnel & Development,Chief Executive's Department,Attached,KS12 and below (FTEs),12 and below,2008/09,204.5,204.5,,Staffing,001_23223e66fe6ffd0f.txt,17572
Personnel & Development,Chief Executive's Department,Attached,TOTAL,total,2007/08,227.2,227.2,,Staffing,001_23223e66fe6ffd0f.txt,17573
Personnel & Development,Chief Executive's Department,Attached,TOTAL,total,2008/09,221.5,221.5,,Staffing,001_23223e66fe6ffd0f.txt,17573
Personnel & Development,Chief Executive's Department,Attached,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,0,0,,Staffing,001_23223e66fe6ffd0f.txt,17574
Personnel & Development,Chief Executive's Department,Attached,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,0,0,,Staffing,001_23223e66fe6ffd0f.txt,17574
Communication & Media Centre,Chief Executive's Department,Structure chart,Pt13 and above or equivalent (FTEs),13 and above,2007/08,2,2,,Staffing,001_23223e66fe6ffd0f.txt,17810
Communication & Media Centre,Chief Executive's Department,Structure chart,Pt13 and above or equivalent (FTEs),13 and above,2008/09,2,2,,Staffing,001_23223e66fe6ffd0f.txt,17810
Communication & Media Centre,Chief Executive's Department,Structure chart,Pt12 and below (FTEs),12 and below,2007/08,15,15,,Staffing,001_23223e66fe6ffd0f.txt,17811
Communication & Media Centre,Chief Executive's Department,Structure chart,Pt12 and below (FTEs),12 and below,2008/09,15,15,,Staffing,001_23223e66fe6ffd0f.txt,17811
Communication & Media Centre,Chief Executive's Department,Structure chart,TOTAL,total,2007/08,17,17,,Staffing,001_23223e66fe6ffd0f.txt,17812
Communication & Media Centre,Chief Executive's Department,Structure chart,TOTAL,total,2008/09,17,17,,Staffing,001_23223e66fe6ffd0f.txt,17812
Strategic Development Unit,Chief Executive's Department,Structure chart,Pt13 and above or equivalent (FTEs),13 and above,2007/08,2,2,,Staffing,001_23223e66fe6ffd0f.txt,18059
Strategic Development Unit,Chief Executive's Department,Structure chart,Pt13 and above or equivalent (FTEs),13 and above,2008/09,2,2,,Staffing,001_23223e66fe6ffd0f.txt,18059
Strategic Development Unit,Chief Executive's Department,Structure chart,Pt12 and below (FTEs) this includes the CEO's support team,12 and below,2007/08,10,10,,Staffing,001_23223e66fe6ffd0f.txt,18060
Strategic Development Unit,Chief Executive's Department,Structure chart,Pt12 and below (FTEs) this includes the CEO's support team,12 and below,2008/09,10,10,,Staffing,001_23223e66fe6ffd0f.txt,18060
Strategic Development Unit,Chief Executive's Department,Structure chart,TOTAL,total,2007/08,12,12,,Staffing,001_23223e66fe6ffd0f.txt,18061
Strategic Development Unit,Chief Executive's Department,Structure chart,TOTAL,total,2008/09,12,12,,Staffing,001_23223e66fe6ffd0f.txt,18061
Kent Department of Public Health,Chief Executive's Department,Structure chart,Pt13 and above or equivalent (FTEs),13 and above,2007/08,2,2,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,18398
Kent Department of Public Health,Chief Executive's Department,Structure chart,Pt13 and above or equivalent (FTEs),13 and above,2008/09,2,2,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,18398
Kent Department of Public Health,Chief Executive's Department,Structure chart,Pt12 and below (FTEs),12 and below,2007/08,7.44,7.44,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,18399
Kent Department of Public Health,Chief Executive's Department,Structure chart,Pt12 and below (FTEs),12 and below,2008/09,7.44,7.44,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,18399
Kent Department of Public Health,Chief Executive's Department,Structure chart,TOTAL,total,2007/08,9.44,9.44,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,18400
Kent Department of Public Health,Chief Executive's Department,Structure chart,TOTAL,total,2008/09,9.44,9.44,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,18400
Kent Department of Public Health,Chief Executive's Department,Structure chart,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,7.11,7.11,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,18401
Kent Department of Public Health,Chief Executive's Department,Structure chart,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,7.11,7.11,header lost; years 2007/08 and 2008/09 from the plan template,Staffing,001_23223e66fe6ffd0f.txt,18401
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,J AND ABOVE OR EQUIVALENT (FTEs),13 and above,2007/08,1,1,,SUPPORTING INDEPENDENCE BUSINESS PLAN /BUDGET,001_23223e66fe6ffd0f.txt,18639
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,J AND ABOVE OR EQUIVALENT (FTEs),13 and above,2008/09,1,1,,SUPPORTING INDEPENDENCE BUSINESS PLAN /BUDGET,001_23223e66fe6ffd0f.txt,18639
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,I AND BELOW (FTEs),12 and below,2007/08,2,2,,SUPPORTING INDEPENDENCE BUSINESS PLAN /BUDGET,001_23223e66fe6ffd0f.txt,18640
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,I AND BELOW (FTEs),12 and below,2008/09,2,2,,SUPPORTING INDEPENDENCE BUSINESS PLAN /BUDGET,001_23223e66fe6ffd0f.txt,18640
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,TOTAL,total,2007/08,2,2,,SUPPORTING INDEPENDENCE BUSINESS PLAN /BUDGET,001_23223e66fe6ffd0f.txt,18641
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,TOTAL,total,2008/09,2,2,,SUPPORTING INDEPENDENCE BUSINESS PLAN /BUDGET,001_23223e66fe6ffd0f.txt,18641
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,J AND ABOVE OR EQUIVALENT (FTEs),13 and above,2007/08,1,1,,KENT WORKS BUSINESS PLAN /BUDGET 2008/09,001_23223e66fe6ffd0f.txt,18653
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,I AND BELOW (FTEs),12 and below,2007/08,22,22,,KENT WORKS BUSINESS PLAN /BUDGET 2008/09,001_23223e66fe6ffd0f.txt,18654
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,I AND BELOW (FTEs),12 and below,2008/09,17,17,,KENT WORKS BUSINESS PLAN /BUDGET 2008/09,001_23223e66fe6ffd0f.txt,18654
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,TOTAL,total,2007/08,23,23,,KENT WORKS BUSINESS PLAN /BUDGET 2008/09,001_23223e66fe6ffd0f.txt,18655
Supporting Independence Programme,Chief Executive's Department,BUDGETED FTEs,TOTAL,total,2008/09,17,17,,KENT WORKS BUSINESS PLAN /BUDGET 2008/09,001_23223e66fe6ffd0f.txt,18655
Supporting Independence Programme,Chief Executive's Department,RESOURCES,Pt13 and above or equivalent (FTEs),13 and above,2007/08,1,1,,Staffing,001_23223e66fe6ffd0f.txt,18728
Supporting Independence Programme,Chief Executive's Department,RESOURCES,Pt13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,Staffing,001_23223e66fe6ffd0f.txt,18728
Supporting Independence Programme,Chief Executive's Department,RESOURCES,Pt12 and below (FTEs),12 and below,2007/08,2,2,,Staffing,001_23223e66fe6ffd0f.txt,18729
Supporting Independence Programme,Chief Executive's Department,RESOURCES,Pt12 and below (FTEs),12 and below,2008/09,3,3,,Staffing,001_23223e66fe6ffd0f.txt,18729
Supporting Independence Programme,Chief Executive's Department,RESOURCES,,,2008/09,,12 kent works,,Staffing,001_23223e66fe6ffd0f.txt,18730
Supporting Independence Programme,Chief Executive's Department,RESOURCES,,,2008/09,,2 T2010,,Staffing,001_23223e66fe6ffd0f.txt,18731
Supporting Independence Programme,Chief Executive's Department,RESOURCES,TOTAL,total,2008/09,18,18,,Staffing,001_23223e66fe6ffd0f.txt,18732
Supporting Independence Programme,Chief Executive's Department,RESOURCES,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,12,12,,Staffing,001_23223e66fe6ffd0f.txt,18733
Libraries & Archives,Communities,,KS 13 and above or equivalent (FTEs),13 and above,2007/08,5,5,,STAFFING,001_23223e66fe6ffd0f.txt,19426
Libraries & Archives,Communities,,KS 13 and above or equivalent (FTEs),13 and above,2008/09,5,5,,STAFFING,001_23223e66fe6ffd0f.txt,19426
Libraries & Archives,Communities,,KS 12 and below (FTEs),12 and below,2007/08,607.39,607.39,,STAFFING,001_23223e66fe6ffd0f.txt,19427
Libraries & Archives,Communities,,KS 12 and below (FTEs),12 and below,2008/09,611.36,611.36,,STAFFING,001_23223e66fe6ffd0f.txt,19427
Libraries & Archives,Communities,,TOTAL,total,2007/08,612.39,612.39*,,STAFFING,001_23223e66fe6ffd0f.txt,19428
Libraries & Archives,Communities,,TOTAL,total,2008/09,622.46,622.46,,STAFFING,001_23223e66fe6ffd0f.txt,19428
Libraries & Archives,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2007/08,11.81,11.81,,STAFFING,001_23223e66fe6ffd0f.txt,19429
Libraries & Archives,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2008/09,13.01,13.01,,STAFFING,001_23223e66fe6ffd0f.txt,19429
"Sport, Leisure & Olympics Service",Communities,,KS13 and above or equivalent (FTEs),13 and above,2007/08,2,2,,STAFFING,001_23223e66fe6ffd0f.txt,19986
"Sport, Leisure & Olympics Service",Communities,,KS13 and above or equivalent (FTEs),13 and above,2008/09,2,2,,STAFFING,001_23223e66fe6ffd0f.txt,19986
"Sport, Leisure & Olympics Service",Communities,,KS12 and below (FTEs),12 and below,2007/08,25.5,25.5,,STAFFING,001_23223e66fe6ffd0f.txt,19987
"Sport, Leisure & Olympics Service",Communities,,KS12 and below (FTEs),12 and below,2008/09,,24.5 (tbc),,STAFFING,001_23223e66fe6ffd0f.txt,19987
"Sport, Leisure & Olympics Service",Communities,,TOTAL,total,2007/08,27.5,27.5,,STAFFING,001_23223e66fe6ffd0f.txt,19988
"Sport, Leisure & Olympics Service",Communities,,TOTAL,total,2008/09,,26.5 (tbc) – excludes Hockey,,STAFFING,001_23223e66fe6ffd0f.txt,19988
"Sport, Leisure & Olympics Service",Communities,,"Of the above total, the FTE which are externally funded",externally funded,2007/08,15.5,15.5,,STAFFING,001_23223e66fe6ffd0f.txt,19989
"Sport, Leisure & Olympics Service",Communities,,"Of the above total, the FTE which are externally funded",externally funded,2008/09,,13.5 (tbc),,STAFFING,001_23223e66fe6ffd0f.txt,19989
Kent Adult Education Service,Communities,,J (KS13) and above (FTEs),13 and above,2007/08,4,4,,STAFFING,001_23223e66fe6ffd0f.txt,20361
Kent Adult Education Service,Communities,,J (KS13) and above (FTEs),13 and above,2008/09,4,4,,STAFFING,001_23223e66fe6ffd0f.txt,20361
Kent Adult Education Service,Communities,,I (KS12) and below (FTEs) Fixed Staffing,12 and below,2007/08,213.2,213.2,,STAFFING,001_23223e66fe6ffd0f.txt,20362
Kent Adult Education Service,Communities,,I (KS12) and below (FTEs) Fixed Staffing,12 and below,2008/09,198.08,198.08,,STAFFING,001_23223e66fe6ffd0f.txt,20362
Kent Adult Education Service,Communities,,TOTAL Fixed Staffing,total,2007/08,217.2,217.2,,STAFFING,001_23223e66fe6ffd0f.txt,20363
Kent Adult Education Service,Communities,,TOTAL Fixed Staffing,total,2008/09,212.08,212.08,,STAFFING,001_23223e66fe6ffd0f.txt,20363
Kent Adult Education Service,Communities,,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,217.2,217.2,,STAFFING,001_23223e66fe6ffd0f.txt,20364
Kent Adult Education Service,Communities,,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,212.08,212.08,,STAFFING,001_23223e66fe6ffd0f.txt,20364
KEY Training Services Unit,Communities,,KS13 and above or equivalent (FTEs),13 and above,2007/08,90,90,,STAFFING,001_23223e66fe6ffd0f.txt,20663
KEY Training Services Unit,Communities,,KS13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,STAFFING,001_23223e66fe6ffd0f.txt,20663
KEY Training Services Unit,Communities,,KS12 and below (FTEs),12 and below,2007/08,12,12,,STAFFING,001_23223e66fe6ffd0f.txt,20664
KEY Training Services Unit,Communities,,KS12 and below (FTEs),12 and below,2008/09,91.4,91.4,,STAFFING,001_23223e66fe6ffd0f.txt,20664
KEY Training Services Unit,Communities,,TOTAL,total,2007/08,102,102,,STAFFING,001_23223e66fe6ffd0f.txt,20665
KEY Training Services Unit,Communities,,TOTAL,total,2008/09,92.4,92.4,,STAFFING,001_23223e66fe6ffd0f.txt,20665
KEY Training Services Unit,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2007/08,101,101,,STAFFING,001_23223e66fe6ffd0f.txt,20666
KEY Training Services Unit,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2008/09,84,84,,STAFFING,001_23223e66fe6ffd0f.txt,20666
Arts Development Unit,Communities,,KS13 and above or equivalent (FTEs),13 and above,2007/08,17.8,17.8,,STAFFING,001_23223e66fe6ffd0f.txt,20957
Arts Development Unit,Communities,,KS13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,STAFFING,001_23223e66fe6ffd0f.txt,20957
Arts Development Unit,Communities,,KS12 and below (FTEs),12 and below,2008/09,10.5,10.5,,STAFFING,001_23223e66fe6ffd0f.txt,20958
Arts Development Unit,Communities,,TOTAL,total,2007/08,17.8,17.8,,STAFFING,001_23223e66fe6ffd0f.txt,20959
Arts Development Unit,Communities,,TOTAL,total,2008/09,11.5,11.5,,STAFFING,001_23223e66fe6ffd0f.txt,20959
Arts Development Unit,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2007/08,0.5,0.5,,STAFFING,001_23223e66fe6ffd0f.txt,20960
Arts Development Unit,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2008/09,1,1,,STAFFING,001_23223e66fe6ffd0f.txt,20960
Kent Youth Service,Communities,,KS13 and above or equivalent (FTEs),13 and above,2007/08,4.0,4.0,,STAFFING,001_23223e66fe6ffd0f.txt,21298
Kent Youth Service,Communities,,KS13 and above or equivalent (FTEs),13 and above,2008/09,5.0,5.0,,STAFFING,001_23223e66fe6ffd0f.txt,21298
Kent Youth Service,Communities,,KS12 and below (FTEs),12 and below,2007/08,265.47,265.47,,STAFFING,001_23223e66fe6ffd0f.txt,21299
Kent Youth Service,Communities,,KS12 and below (FTEs),12 and below,2008/09,251.5,251.5,,STAFFING,001_23223e66fe6ffd0f.txt,21299
Kent Youth Service,Communities,,TOTAL,total,2007/08,269.47,269.47,,STAFFING,001_23223e66fe6ffd0f.txt,21300
Kent Youth Service,Communities,,TOTAL,total,2008/09,256.5,256.5,,STAFFING,001_23223e66fe6ffd0f.txt,21300
Kent Youth Service,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2007/08,15.4,15.4,,STAFFING,001_23223e66fe6ffd0f.txt,21301
Kent Youth Service,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2008/09,15.4,15.4,,STAFFING,001_23223e66fe6ffd0f.txt,21301
Youth Offending Service,Communities,,Pt 13 and above or equivalent (FTEs),13 and above,2007/08,7.0,7.0,,STAFFING,001_23223e66fe6ffd0f.txt,21591
Youth Offending Service,Communities,,Pt 13 and above or equivalent (FTEs),13 and above,2008/09,5.0,5.0,,STAFFING,001_23223e66fe6ffd0f.txt,21591
Youth Offending Service,Communities,,Pt 12 and below (FTEs),12 and below,2007/08,118.6,118.6,,STAFFING,001_23223e66fe6ffd0f.txt,21592
Youth Offending Service,Communities,,Pt 12 and below (FTEs),12 and below,2008/09,115.5,115.5,,STAFFING,001_23223e66fe6ffd0f.txt,21592
Youth Offending Service,Communities,,TOTAL,total,2007/08,125.6,125.6,,STAFFING,001_23223e66fe6ffd0f.txt,21593
Youth Offending Service,Communities,,TOTAL,total,2008/09,120.5,120.5,,STAFFING,001_23223e66fe6ffd0f.txt,21593
Youth Offending Service,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2007/08,17.6,17.6,,STAFFING,001_23223e66fe6ffd0f.txt,21594
Youth Offending Service,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2008/09,13.6,13.6,,STAFFING,001_23223e66fe6ffd0f.txt,21594
Kent Drug & Alcohol Action Team,Communities,,KS 13 and above or equivalent (FTEs),13 and above,2007/08,1.0,1.0,,STAFFING,001_23223e66fe6ffd0f.txt,21867
Kent Drug & Alcohol Action Team,Communities,,KS 13 and above or equivalent (FTEs),13 and above,2008/09,1.0,1.0,,STAFFING,001_23223e66fe6ffd0f.txt,21867
Kent Drug & Alcohol Action Team,Communities,,KS 12 and below (FTEs),12 and below,2007/08,33.9,33.9,,STAFFING,001_23223e66fe6ffd0f.txt,21868
Kent Drug & Alcohol Action Team,Communities,,KS 12 and below (FTEs),12 and below,2008/09,34.9,34.9,,STAFFING,001_23223e66fe6ffd0f.txt,21868
Kent Drug & Alcohol Action Team,Communities,,TOTAL,total,2007/08,34.9,34.9,,STAFFING,001_23223e66fe6ffd0f.txt,21869
Kent Drug & Alcohol Action Team,Communities,,TOTAL,total,2008/09,35.9,35.9,,STAFFING,001_23223e66fe6ffd0f.txt,21869
Kent Drug & Alcohol Action Team,Communities,,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,14.1,14.1,,STAFFING,001_23223e66fe6ffd0f.txt,21870
Kent Drug & Alcohol Action Team,Communities,,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,15.1,15.1,,STAFFING,001_23223e66fe6ffd0f.txt,21870
Community Safety Unit,Communities,,KS13 and above or equivalent (FTEs),13 and above,2007/08,1.0,1.0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22203
Community Safety Unit,Communities,,KS13 and above or equivalent (FTEs),13 and above,2008/09,1.0,1.0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22203
Community Safety Unit,Communities,,KS12 and below (FTEs),12 and below,2007/08,130.0,130.0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22204
Community Safety Unit,Communities,,KS12 and below (FTEs),12 and below,2008/09,125,125,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22204
Community Safety Unit,Communities,,TOTAL,total,2007/08,131.0,131.0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22205
Community Safety Unit,Communities,,TOTAL,total,2008/09,,126.,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22205
Community Safety Unit,Communities,,"Partnership funded posts: 50% chief Superintendent, DV Co-ordinator, Police Partnership trainer",,2008/09,2.5,2.5,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22206
Community Safety Unit,Communities,,,,2008/09,128.5,128.5,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22207
Community Safety Unit,Communities,,The estimated FTE which are externally funded,externally funded,2008/09,1.25,1.25,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22208
Kent Trading Standards Service,Communities,,KS 13 and above or equivalent (FTEs),13 and above,2007/08,4.0,4.0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22737
Kent Trading Standards Service,Communities,,KS 13 and above or equivalent (FTEs),13 and above,2008/09,4.0,4.0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22737
Kent Trading Standards Service,Communities,,KS 12 and below (FTEs),12 and below,2007/08,98.0,98.0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22738
Kent Trading Standards Service,Communities,,KS 12 and below (FTEs),12 and below,2008/09,106.1,106.1,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22738
Kent Trading Standards Service,Communities,,TOTAL,total,2007/08,102.0,102.0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22739
Kent Trading Standards Service,Communities,,TOTAL,total,2008/09,110.1,110.1,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22739
Kent Trading Standards Service,Communities,,FTE which are externally funded,externally funded,2007/08,7.0,7.0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22740
Kent Trading Standards Service,Communities,,FTE which are externally funded,externally funded,2008/09,6.0,6.0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,22740
Registration & Coroners Unit,Communities,,Grade KS13 and above or equivalent (FTEs),13 and above,2007/08,1,1,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23512
Registration & Coroners Unit,Communities,,Grade KS13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23512
Registration & Coroners Unit,Communities,,Grade KS12 and below (FTEs),12 and below,2007/08,87.2,87.2,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23513
Registration & Coroners Unit,Communities,,Grade KS12 and below (FTEs),12 and below,2008/09,78.2,78.2,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23513
Registration & Coroners Unit,Communities,,TOTAL,total,2007/08,88.2,88.2,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23514
Registration & Coroners Unit,Communities,,TOTAL,total,2008/09,79.2,79.2,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23514
Emergency Planning Group,Communities,,KS13 and above or equivalent (FTEs),13 and above,2007/08,1,1,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23876
Emergency Planning Group,Communities,,KS13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23876
Emergency Planning Group,Communities,,KS12 and below (FTEs),12 and below,2007/08,13,13,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23877
Emergency Planning Group,Communities,,KS12 and below (FTEs),12 and below,2008/09,12,12,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23877
Emergency Planning Group,Communities,,TOTAL,total,2007/08,14,14,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23878
Emergency Planning Group,Communities,,TOTAL,total,2008/09,13,13,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23878
Emergency Planning Group,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2007/08,0,0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23879
Emergency Planning Group,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2008/09,0,0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,23879
Kent Scientific Services Unit,Communities,,KS 13 and above or equivalent (FTEs),13 and above,2007/08,1,1,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24221
Kent Scientific Services Unit,Communities,,KS 13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24221
Kent Scientific Services Unit,Communities,,KS 12 and below (FTEs),12 and below,2007/08,22.8,22.8,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24222
Kent Scientific Services Unit,Communities,,KS 12 and below (FTEs),12 and below,2008/09,23.3,23.3,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24222
Kent Scientific Services Unit,Communities,,TOTAL,total,2007/08,23.8,23.8,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24223
Kent Scientific Services Unit,Communities,,TOTAL,total,2008/09,24.3,24.3,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24223
Kent Scientific Services Unit,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2007/08,0,0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24224
Kent Scientific Services Unit,Communities,,"Of the above total, the FTE which are externally funded",externally funded,2008/09,0,0,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24224
Contact Centre,Communities,,KS13 and above or equivalent (FTEs),13 and above,2007/08,1,1,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24519
Contact Centre,Communities,,KS13 and above or equivalent (FTEs),13 and above,2008/09,1,1,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24519
Contact Centre,Communities,,KS12 and below (FTEs),12 and below,2007/08,186.5,186.5,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24520
Contact Centre,Communities,,KS12 and below (FTEs),12 and below,2008/09,187.8,187.8,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24520
Contact Centre,Communities,,TOTAL,total,2007/08,187.5,187.5,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24521
Contact Centre,Communities,,TOTAL,total,2008/09,188.8,188.8,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24521
Contact Centre,Communities,,"Of the above total, the FTE which are externally funded : CDSE",externally funded,2007/08,55.5,55.5,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24522
Contact Centre,Communities,,"Of the above total, the FTE which are externally funded : CDSE",externally funded,2008/09,57.4,57.4,,4.2 STAFFING,001_23223e66fe6ffd0f.txt,24522
Turner Contemporary,Communities,,KS13 and above or equivalent (FTEs),13 and above,2007/08,2,2,,STAFFING,001_23223e66fe6ffd0f.txt,24851
Turner Contemporary,Communities,,KS13 and above or equivalent (FTEs),13 and above,2008/09,2,2,,STAFFING,001_23223e66fe6ffd0f.txt,24851
Turner Contemporary,Communities,,KS12 and below (FTEs),12 and below,2007/08,8,8,,STAFFING,001_23223e66fe6ffd0f.txt,24852
Turner Contemporary,Communities,,KS12 and below (FTEs),12 and below,2008/09,9,9,,STAFFING,001_23223e66fe6ffd0f.txt,24852
Turner Contemporary,Communities,,TOTAL,total,2007/08,10,10,,STAFFING,001_23223e66fe6ffd0f.txt,24853
Turner Contemporary,Communities,,TOTAL,total,2008/09,11,11,,STAFFING,001_23223e66fe6ffd0f.txt,24853
Kent Highway Services,Environment & Regeneration,Kent Highway Services Structure chart,Pt13 and above or equivalent (FTEs),13 and above,2007/08,16,16,,Staffing,001_23223e66fe6ffd0f.txt,26031
Kent Highway Services,Environment & Regeneration,Kent Highway Services Structure chart,Pt13 and above or equivalent (FTEs),13 and above,2008/09,16,16,,Staffing,001_23223e66fe6ffd0f.txt,26031
Kent Highway Services,Environment & Regeneration,Kent Highway Services Structure chart,Pt12 and below (FTEs),12 and below,2007/08,355,355,,Staffing,001_23223e66fe6ffd0f.txt,26032
Kent Highway Services,Environment & Regeneration,Kent Highway Services Structure chart,Pt12 and below (FTEs),12 and below,2008/09,351,351,,Staffing,001_23223e66fe6ffd0f.txt,26032
Kent Highway Services,Environment & Regeneration,Kent Highway Services Structure chart,TOTAL,total,2007/08,371,371,,Staffing,001_23223e66fe6ffd0f.txt,26033
Kent Highway Services,Environment & Regeneration,Kent Highway Services Structure chart,TOTAL,total,2008/09,367,367,,Staffing,001_23223e66fe6ffd0f.txt,26033
Kent Highway Services,Environment & Regeneration,Kent Highway Services Structure chart,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,37,37,,Staffing,001_23223e66fe6ffd0f.txt,26034
Kent Highway Services,Environment & Regeneration,Kent Highway Services Structure chart,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,37,37,,Staffing,001_23223e66fe6ffd0f.txt,26034
Environment & Waste,Environment & Regeneration,,Pt13 and above or equivalent (FTEs),13 and above,2007/08,10,10,,ENVIRONMENT AND WASTE DIVISION,001_23223e66fe6ffd0f.txt,26564
Environment & Waste,Environment & Regeneration,,Pt13 and above or equivalent (FTEs),13 and above,2008/09,9,9*,,ENVIRONMENT AND WASTE DIVISION,001_23223e66fe6ffd0f.txt,26564
Environment & Waste,Environment & Regeneration,,Pt12 and below (FTEs),12 and below,2007/08,168.98,168.98,,ENVIRONMENT AND WASTE DIVISION,001_23223e66fe6ffd0f.txt,26565
Environment & Waste,Environment & Regeneration,,Pt12 and below (FTEs),12 and below,2008/09,169.14,169.14,,ENVIRONMENT AND WASTE DIVISION,001_23223e66fe6ffd0f.txt,26565
Environment & Waste,Environment & Regeneration,,TOTAL,total,2007/08,178.98,178.98,,ENVIRONMENT AND WASTE DIVISION,001_23223e66fe6ffd0f.txt,26566
Environment & Waste,Environment & Regeneration,,TOTAL,total,2008/09,178.14,178.14,,ENVIRONMENT AND WASTE DIVISION,001_23223e66fe6ffd0f.txt,26566
Environment & Waste,Environment & Regeneration,,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,48.61,48.61,,ENVIRONMENT AND WASTE DIVISION,001_23223e66fe6ffd0f.txt,26567
Environment & Waste,Environment & Regeneration,,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,36.68,36.68,,ENVIRONMENT AND WASTE DIVISION,001_23223e66fe6ffd0f.txt,26567
Resources,Environment & Regeneration,Business Support: Margaret Macfarlane and Samantha Stevens,KS13 and above or equivalent (FTEs),13 and above,2007/08,7,7,,Staffing,001_23223e66fe6ffd0f.txt,27143
Resources,Environment & Regeneration,Business Support: Margaret Macfarlane and Samantha Stevens,KS13 and above or equivalent (FTEs),13 and above,2008/09,,TBC,,Staffing,001_23223e66fe6ffd0f.txt,27143
Resources,Environment & Regeneration,Business Support: Margaret Macfarlane and Samantha Stevens,KS12 and below (FTEs),12 and below,2007/08,57.18,57.18,,Staffing,001_23223e66fe6ffd0f.txt,27144
Resources,Environment & Regeneration,Business Support: Margaret Macfarlane and Samantha Stevens,KS12 and below (FTEs),12 and below,2008/09,,TBC,,Staffing,001_23223e66fe6ffd0f.txt,27144
Resources,Environment & Regeneration,Business Support: Margaret Macfarlane and Samantha Stevens,TOTAL,total,2007/08,65.18,65.18,,Staffing,001_23223e66fe6ffd0f.txt,27145
Resources,Environment & Regeneration,Business Support: Margaret Macfarlane and Samantha Stevens,TOTAL,total,2008/09,,TBC,,Staffing,001_23223e66fe6ffd0f.txt,27145
Resources,Environment & Regeneration,Business Support: Margaret Macfarlane and Samantha Stevens,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,5,5,,Staffing,001_23223e66fe6ffd0f.txt,27146
Resources,Environment & Regeneration,Business Support: Margaret Macfarlane and Samantha Stevens,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,5,5,,Staffing,001_23223e66fe6ffd0f.txt,27146
Regeneration and Economy,Environment & Regeneration,RESOURCES,KS13 and above or equivalent (FTEs),13 and above,2007/08,15.20,15.20 ¹⁶,,Staffing,001_23223e66fe6ffd0f.txt,27827
Regeneration and Economy,Environment & Regeneration,RESOURCES,KS13 and above or equivalent (FTEs),13 and above,2008/09,12.86,12.86 ¹³,,Staffing,001_23223e66fe6ffd0f.txt,27827
Regeneration and Economy,Environment & Regeneration,RESOURCES,KS12 and below (FTEs),12 and below,2007/08,58.14,58.14,,Staffing,001_23223e66fe6ffd0f.txt,27828
Regeneration and Economy,Environment & Regeneration,RESOURCES,KS12 and below (FTEs),12 and below,2008/09,58.64,58.64,,Staffing,001_23223e66fe6ffd0f.txt,27828
Regeneration and Economy,Environment & Regeneration,RESOURCES,TOTAL,total,2007/08,73.84,73.84,,Staffing,001_23223e66fe6ffd0f.txt,27829
Regeneration and Economy,Environment & Regeneration,RESOURCES,TOTAL,total,2008/09,71.5,71.5,,Staffing,001_23223e66fe6ffd0f.txt,27829
Regeneration and Economy,Environment & Regeneration,RESOURCES,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,19.92,19.92 ¹⁷,,Staffing,001_23223e66fe6ffd0f.txt,27830
Regeneration and Economy,Environment & Regeneration,RESOURCES,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,21.10,21.10 ¹⁸,,Staffing,001_23223e66fe6ffd0f.txt,27830
Strategy and Planning,Environment & Regeneration,,Pt13 and above or equivalent (FTEs),13 and above,2007/08,5.0,5.0,,Staffing,001_23223e66fe6ffd0f.txt,28483
Strategy and Planning,Environment & Regeneration,,Pt13 and above or equivalent (FTEs),13 and above,2008/09,5.0,5.0,,Staffing,001_23223e66fe6ffd0f.txt,28483
Strategy and Planning,Environment & Regeneration,,Pt12 and below (FTEs),12 and below,2007/08,40.8,40.8,,Staffing,001_23223e66fe6ffd0f.txt,28484
Strategy and Planning,Environment & Regeneration,,Pt12 and below (FTEs),12 and below,2008/09,40.8,40.8,,Staffing,001_23223e66fe6ffd0f.txt,28484
Strategy and Planning,Environment & Regeneration,,TOTAL,total,2007/08,45.8,45.8,,Staffing,001_23223e66fe6ffd0f.txt,28485
Strategy and Planning,Environment & Regeneration,,TOTAL,total,2008/09,45.8,45.8,,Staffing,001_23223e66fe6ffd0f.txt,28485
Strategy and Planning,Environment & Regeneration,,"Of the above total, the estimated FTE which are externally funded",externally funded,2007/08,0.0,0.0,,Staffing,001_23223e66fe6ffd0f.txt,28486
Strategy and Planning,Environment & Regeneration,,"Of the above total, the estimated FTE which are externally funded",externally funded,2008/09,0.0,0.0,,Staffing,001_23223e66fe6ffd0f.txt,28486

"""#
}
