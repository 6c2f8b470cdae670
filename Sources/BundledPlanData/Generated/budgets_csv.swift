// Generated from examples/data/*.csv by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension BundledPlanData {
    static let budgets_csv: StaticString = #"""
unit,directorate,budget,table,group,cost_centre,line_item,year,fte,employee,running,contracts,transfer,gross,external_income,internal_income,controllable,cabinet_member,row_kind,note,source,line
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41A,KCC Residential,2008/09,,0.0,0.0,0.0,0.0,0.0,10.9,,10.9,KL,line,,001_23223e66fe6ffd0f.txt,796
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41A,KCC Residential,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,796
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41B,Ind Sector Res Care,2008/09,,0.0,0.0,-1722.3,0.0,-1722.3,576.9,,-1145.4,KL,line,,001_23223e66fe6ffd0f.txt,797
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41B,Ind Sector Res Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,797
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41D,Preserved rights - Older People residential homes,2008/09,,0.0,0.0,667.6,0.0,667.6,-256.5,,411.1,KL,line,,001_23223e66fe6ffd0f.txt,798
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41D,Preserved rights - Older People residential homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,798
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41F,Linked Service Centres,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,799
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41F,Linked Service Centres,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,799
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41G,Preserved rights - Older People Res Pre 2002,2008/09,,0.0,0.0,-5.7,0.0,-5.7,9.9,,4.2,KL,line,,001_23223e66fe6ffd0f.txt,800
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41G,Preserved rights - Older People Res Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,800
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41M,OPMH Residential,2008/09,,0.0,0.0,722.4,0.0,722.4,-852.0,,-129.6,KL,line,,001_23223e66fe6ffd0f.txt,801
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41M,OPMH Residential,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,801
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41W,Integrated Care Centres,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,802
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41W,Integrated Care Centres,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,802
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41J,Preserved rights - Older People KCC Resid Pre 2002,2007/08,,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,803
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2008/09,,0.0,0.0,-338.0,0.0,-338.0,-510.8,0.0,-848.8,,subtotal,,001_23223e66fe6ffd0f.txt,804
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,804
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41C,Ind Sector Nursing Homes,2008/09,,0.0,0.0,826.0,0.0,826.0,-197.4,,628.6,KL,line,,001_23223e66fe6ffd0f.txt,806
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41C,Ind Sector Nursing Homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,806
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41E,Preserved rights - Older People nursing homes,2008/09,,0.0,0.0,111.3,0.0,111.3,-112.1,,-0.8,KL,line,,001_23223e66fe6ffd0f.txt,807
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41E,Preserved rights - Older People nursing homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,807
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41H,Preserved rights - Older People Nursing Pre 2002,2008/09,,0.0,0.0,-9.5,0.0,-9.5,73.1,,63.6,KL,line,,001_23223e66fe6ffd0f.txt,808
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41H,Preserved rights - Older People Nursing Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,808
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41K,RNCC,2008/09,,0.0,0.0,7303.0,0.0,7303.0,-7303.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,809
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41K,RNCC,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,809
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41N,OPMH Nursing,2008/09,,0.0,0.0,956.7,0.0,956.7,-469.7,,487.0,KL,line,,001_23223e66fe6ffd0f.txt,810
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41N,OPMH Nursing,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,810
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL NURSING CARE,2008/09,,0.0,0.0,9187.5,0.0,9187.5,-8009.1,0.0,1178.4,,subtotal,,001_23223e66fe6ffd0f.txt,811
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL NURSING CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,811
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45A,KCC Home Care Service,2008/09,,0.0,-347.8,0.0,0.0,-347.8,-79.9,,-427.7,KL,line,,001_23223e66fe6ffd0f.txt,813
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45A,KCC Home Care Service,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,813
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45E,Ind Sector Home Care,2008/09,,0.0,0.0,917.7,0.0,917.7,63.9,,981.6,KL,line,,001_23223e66fe6ffd0f.txt,814
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45E,Ind Sector Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,814
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45K,KCC Homecare,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,815
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45K,KCC Homecare,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,815
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DOMICILIARY CARE,2008/09,,0.0,-347.8,917.7,0.0,569.9,-16.0,0.0,553.9,,subtotal,,001_23223e66fe6ffd0f.txt,816
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DOMICILIARY CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,816
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Direct Payments,45B,Direct Payments,2008/09,,0.0,0.0,845.7,0.0,845.7,-146.4,,699.3,KL,line,,001_23223e66fe6ffd0f.txt,818
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Direct Payments,45B,Direct Payments,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,818
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2008/09,,0.0,0.0,845.7,0.0,845.7,-146.4,0.0,699.3,,subtotal,,001_23223e66fe6ffd0f.txt,819
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,819
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45C,Ind Sector Day Care,2008/09,,0.0,0.0,767.9,0.0,767.9,-69.1,,698.8,KL,line,,001_23223e66fe6ffd0f.txt,822
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45C,Ind Sector Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,822
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45D,Ind Sector Meals Service,2008/09,,0.0,0.0,-578.3,0.0,-578.3,361.0,,-217.3,KL,line,,001_23223e66fe6ffd0f.txt,823
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45D,Ind Sector Meals Service,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,823
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45F,Voluntary Orgs,2008/09,,0.0,0.0,168.6,0.0,168.6,42.7,,211.3,KL,line,,001_23223e66fe6ffd0f.txt,824
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45F,Voluntary Orgs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,824
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45G,KCC Day Care,2008/09,,0.0,39.2,0.0,0.0,39.2,0.0,,39.2,KL,line,,001_23223e66fe6ffd0f.txt,825
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45G,KCC Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,825
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45J,OTB OP,2008/09,,0.0,1464.9,0.0,0.0,1464.9,-8.8,,1456.1,KL,line,,001_23223e66fe6ffd0f.txt,826
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45L,Internal Trading Older People Day Care,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,827
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45L,Internal Trading Older People Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,827
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45N,POPPS/Invoke,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,828
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45R,Brighter Futures,2008/09,,0.0,0.0,470.0,0.0,470.0,-470.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,829
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45T,Assistive Technology,2008/09,,1064.0,3303.2,0.0,0.0,4367.2,-4362.0,,5.2,KL,line,,001_23223e66fe6ffd0f.txt,830
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45T,Assistive Technology,2007/08,,,,,,,,,5.1,KL,line,,001_23223e66fe6ffd0f.txt,830
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,,Social Care Reform,2008/09,,273.0,25.0,553.4,0.0,851.4,0.0,,851.4,KL,line,,001_23223e66fe6ffd0f.txt,831
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL OTHER SERVICES,2008/09,,1337.0,4832.3,1381.6,0.0,7550.9,-4506.2,0.0,3044.7,,subtotal,,001_23223e66fe6ffd0f.txt,832
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,5.1,,subtotal,,001_23223e66fe6ffd0f.txt,832
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL SERVICES FOR OLDER PERSONS,2008/09,,1337.0,4484.5,11994.5,0.0,17816.0,-13188.5,0.0,4627.5,,total,,001_23223e66fe6ffd0f.txt,833
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL SERVICES FOR OLDER PERSONS,2007/08,,,,,,,,,5.1,,total,,001_23223e66fe6ffd0f.txt,833
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,835
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,836
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,837
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Total Cost of Unit,2008/09,,1337.0,4484.5,11994.5,0.0,17816.0,-13188.5,0.0,4627.5,,total,,001_23223e66fe6ffd0f.txt,838
Headquarters,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,5.1,,total,,001_23223e66fe6ffd0f.txt,838
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42A,Adult Support Units,2008/09,,0.0,0.0,0.0,0.0,0.0,3.2,,3.2,KL,line,,001_23223e66fe6ffd0f.txt,918
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42A,Adult Support Units,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,918
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42B,Ind Sector Residential Care,2008/09,,0.0,0.0,-813.8,0.0,-813.8,-674.9,,-1488.7,KL,line,,001_23223e66fe6ffd0f.txt,919
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42B,Ind Sector Residential Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,919
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42C,Ind Sector Nursing Care,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,920
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42C,Ind Sector Nursing Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,920
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42D,Preserved rights - learning difficulties,2008/09,,0.0,0.0,-475.9,0.0,-475.9,-22.9,,-498.8,KL,line,,001_23223e66fe6ffd0f.txt,921
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42D,Preserved rights - learning difficulties,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,921
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42E,Preserved rights - learning difficulties Pre 2002,2008/09,,0.0,0.0,10.6,0.0,10.6,-20.4,,-9.8,KL,line,,001_23223e66fe6ffd0f.txt,922
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42E,Preserved rights - learning difficulties Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,922
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42F,Adult Support Units,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,923
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42F,Adult Support Units,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,923
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42K,RNCC,2008/09,,0.0,0.0,65.1,0.0,65.1,-65.1,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,924
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42K,RNCC,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,924
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2008/09,,0.0,0.0,-1214.0,0.0,-1214.0,-780.1,0.0,-1994.1,,subtotal,,001_23223e66fe6ffd0f.txt,925
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,925
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46A,KCC Home Care Service,2008/09,,0.0,0.0,0.0,0.0,0.0,14.6,,14.6,KL,line,,001_23223e66fe6ffd0f.txt,927
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46A,KCC Home Care Service,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,927
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46E,Ind Sect Home Care,2008/09,,0.0,0.0,337.4,0.0,337.4,442.9,,780.3,KL,line,,001_23223e66fe6ffd0f.txt,928
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46E,Ind Sect Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,928
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46H,Internal Trading LD ILS,2008/09,,0.0,0.0,0.0,0.0,0.0,-135.6,,-135.6,KL,line,,001_23223e66fe6ffd0f.txt,929
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46H,Internal Trading LD ILS,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,929
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46K,KCC Home Care,2008/09,,,,,,0.0,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,930
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46K,KCC Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,930
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46X,Ind Living Scheme,2008/09,,40.0,33.5,0.0,0.0,73.5,0.0,,73.5,KL,line,,001_23223e66fe6ffd0f.txt,931
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46X,Ind Living Scheme,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,931
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DOMICILIARY CARE,2008/09,,40.0,33.5,337.4,0.0,410.9,321.9,0.0,732.8,,subtotal,,001_23223e66fe6ffd0f.txt,932
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DOMICILIARY CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,932
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Direct Payments,46B,Direct Payments,2008/09,,0.0,0.0,334.9,0.0,334.9,-31.6,,303.3,KL,line,,001_23223e66fe6ffd0f.txt,934
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Direct Payments,46B,Direct Payments,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,934
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2008/09,,0.0,0.0,334.9,0.0,334.9,-31.6,0.0,303.3,,subtotal,,001_23223e66fe6ffd0f.txt,935
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,935
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46M,Internal Trading LD Group Homes,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,938
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46M,Internal Trading LD Group Homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,938
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46R,Unstaffed Group Homes,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,939
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46R,Unstaffed Group Homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,939
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46T,Adult Link Family,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,940
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46T,Adult Link Family,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,940
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46W,Supported & Other Accommodation,2008/09,,0.0,0.0,-348.9,0.0,-348.9,-135.5,,-484.4,KL,line,,001_23223e66fe6ffd0f.txt,941
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46W,Supported & Other Accommodation,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,941
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46Y,Ind Sector Group Homes,2008/09,,0.0,0.0,258.3,0.0,258.3,-45.0,,213.3,KL,line,,001_23223e66fe6ffd0f.txt,942
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46Y,Ind Sector Group Homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,942
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2008/09,,0.0,0.0,-90.6,0.0,-90.6,-180.5,0.0,-271.1,,subtotal,,001_23223e66fe6ffd0f.txt,943
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,943
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46C,Ind Sector Day Care,2008/09,,0.0,0.0,159.8,0.0,159.8,117.2,,277.0,KL,line,,001_23223e66fe6ffd0f.txt,945
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46C,Ind Sector Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,945
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46F,Voluntary Orgs,2008/09,,0.0,0.0,473.2,0.0,473.2,14.0,,487.2,KL,line,,001_23223e66fe6ffd0f.txt,946
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46F,Voluntary Orgs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,946
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46G,LDDF,2008/09,,0.0,0.0,989.4,0.0,989.4,0.0,,989.4,KL,line,,001_23223e66fe6ffd0f.txt,947
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46J,LD Day Opportunities Internal Trading,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,948
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46L,Internal Trading LD Day Opportunities,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,949
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46L,Internal Trading LD Day Opportunities,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,949
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46N,Day Opps LD,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,950
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46N,Day Opps LD,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,950
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,49E,Service Provision Operational Staffing,2008/09,,-50.0,0.0,0.0,0.0,-50.0,0.0,,-50.0,KL,line,,001_23223e66fe6ffd0f.txt,951
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,,Social Care Reform,2008/09,,221.6,21.0,450.4,0.0,693.0,0.0,,,,line,,001_23223e66fe6ffd0f.txt,952
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,54K,Regional Regeneration Hub,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,953
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,54K,Regional Regeneration Hub,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,953
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL OTHER SERVICES,2008/09,,171.6,21.0,2072.8,0.0,2265.4,131.2,0.0,1703.6,,subtotal,columns uncertain (cells missing in source),001_23223e66fe6ffd0f.txt,954
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,954
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SERVICES FOR VALUING PEOPLE,2008/09,,211.6,54.5,1440.5,0.0,1706.6,-539.1,0.0,474.5,,total,columns uncertain (cells missing in source),001_23223e66fe6ffd0f.txt,955
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SERVICES FOR VALUING PEOPLE,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,955
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,957
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,958
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,959
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Total Cost of Unit,2008/09,,211.6,54.5,1440.5,0.0,1706.6,-539.1,0.0,474.5,,total,columns uncertain (cells missing in source),001_23223e66fe6ffd0f.txt,960
Headquarters,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,960
Headquarters,Kent Adult Social Services,revenue,,Residential Care,43A,KCC Residential Care,2008/09,,0.0,0.0,0.0,0.0,0.0,4.8,,4.8,KL,line,,001_23223e66fe6ffd0f.txt,1021
Headquarters,Kent Adult Social Services,revenue,,Residential Care,43A,KCC Residential Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1021
Headquarters,Kent Adult Social Services,revenue,,Residential Care,43B,Ind Sect Res Care,2008/09,,0.0,0.0,564.6,0.0,564.6,-36.6,,528.0,KL,line,,001_23223e66fe6ffd0f.txt,1022
Headquarters,Kent Adult Social Services,revenue,,Residential Care,43B,Ind Sect Res Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1022
Headquarters,Kent Adult Social Services,revenue,,Residential Care,43D,Preserved rights - physical disabilities,2008/09,,0.0,0.0,34.4,0.0,34.4,-13.2,,21.2,KL,line,,001_23223e66fe6ffd0f.txt,1023
Headquarters,Kent Adult Social Services,revenue,,Residential Care,43D,Preserved rights - physical disabilities,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1023
Headquarters,Kent Adult Social Services,revenue,,Residential Care,43E,Preserved rights - physical disabilities Pre 2002,2008/09,,0.0,0.0,-5.2,0.0,-5.2,-26.2,,-31.4,KL,line,,001_23223e66fe6ffd0f.txt,1024
Headquarters,Kent Adult Social Services,revenue,,Residential Care,43E,Preserved rights - physical disabilities Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1024
Headquarters,Kent Adult Social Services,revenue,,Residential Care,43K,RNCC,2008/09,,0.0,0.0,244.9,0.0,244.9,-244.9,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1025
Headquarters,Kent Adult Social Services,revenue,,Residential Care,43K,RNCC,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1025
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL RESIDENTIAL CARE,2008/09,,0.0,0.0,838.7,0.0,838.7,-316.1,0.0,522.6,,subtotal,,001_23223e66fe6ffd0f.txt,1026
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL RESIDENTIAL CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1026
Headquarters,Kent Adult Social Services,revenue,,Domiciliary Care,47A,KCC Home Care Service,2008/09,,0.0,50.0,0.0,0.0,50.0,15.3,,65.3,KL,line,,001_23223e66fe6ffd0f.txt,1028
Headquarters,Kent Adult Social Services,revenue,,Domiciliary Care,47A,KCC Home Care Service,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1028
Headquarters,Kent Adult Social Services,revenue,,Domiciliary Care,47E,Ind Sector Home Care,2008/09,,0.0,0.0,40.1,0.0,40.1,18.6,,58.7,KL,line,,001_23223e66fe6ffd0f.txt,1029
Headquarters,Kent Adult Social Services,revenue,,Domiciliary Care,47E,Ind Sector Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1029
Headquarters,Kent Adult Social Services,revenue,,Domiciliary Care,47H,Internal Trading PD ILS,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1030
Headquarters,Kent Adult Social Services,revenue,,Domiciliary Care,47H,Internal Trading PD ILS,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1030
Headquarters,Kent Adult Social Services,revenue,,Domiciliary Care,47K,KCC Home Care,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1031
Headquarters,Kent Adult Social Services,revenue,,Domiciliary Care,47K,KCC Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1031
Headquarters,Kent Adult Social Services,revenue,,Domiciliary Care,47X,Ind Living Scheme,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1032
Headquarters,Kent Adult Social Services,revenue,,Domiciliary Care,47X,Ind Living Scheme,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1032
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL DOMICILIARY CARE,2008/09,,0.0,50.0,40.1,0.0,90.1,33.9,0.0,124.0,,subtotal,,001_23223e66fe6ffd0f.txt,1034
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL DOMICILIARY CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1034
Headquarters,Kent Adult Social Services,revenue,,Direct Payments,47B,Direct Payments,2008/09,,0.0,0.0,59.6,0.0,59.6,-16.0,,43.6,KL,line,,001_23223e66fe6ffd0f.txt,1036
Headquarters,Kent Adult Social Services,revenue,,Direct Payments,47B,Direct Payments,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1036
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL DIRECT PAYMENTS,2008/09,,0.0,0.0,59.6,0.0,59.6,-16.0,0.0,43.6,,subtotal,,001_23223e66fe6ffd0f.txt,1037
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL DIRECT PAYMENTS,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1037
Headquarters,Kent Adult Social Services,revenue,,Supported Accommodation,47W,Supported & Other Accommodation,2008/09,,0.0,0.0,-251.3,0.0,-251.3,0.0,,-251.3,KL,line,,001_23223e66fe6ffd0f.txt,1039
Headquarters,Kent Adult Social Services,revenue,,Supported Accommodation,47W,Supported & Other Accommodation,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1039
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL SUPPORTED ACCOMMODATION,2008/09,,0.0,0.0,-251.3,0.0,-251.3,0.0,0.0,-251.3,,subtotal,,001_23223e66fe6ffd0f.txt,1040
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL SUPPORTED ACCOMMODATION,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1040
Headquarters,Kent Adult Social Services,revenue,,Other Services,47C,Ind Sector Day Care,2008/09,,0.0,0.0,115.0,0.0,115.0,-13.5,,101.5,KL,line,,001_23223e66fe6ffd0f.txt,1042
Headquarters,Kent Adult Social Services,revenue,,Other Services,47C,Ind Sector Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1042
Headquarters,Kent Adult Social Services,revenue,,Other Services,47F,Voluntary Organisations,2008/09,,0.0,0.0,249.3,0.0,249.3,0.1,,249.4,KL,line,,001_23223e66fe6ffd0f.txt,1043
Headquarters,Kent Adult Social Services,revenue,,Other Services,47F,Voluntary Organisations,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1043
Headquarters,Kent Adult Social Services,revenue,,Other Services,47G,KCC Day Care PD,2008/09,,,,,,0.0,,,0.0,KL,line,re-aligned (few cells),001_23223e66fe6ffd0f.txt,1044
Headquarters,Kent Adult Social Services,revenue,,Other Services,47J,OT Bureau - PD,2008/09,,-39.2,-121.8,322.0,0.0,161.0,5.1,,166.1,KL,line,,001_23223e66fe6ffd0f.txt,1045
Headquarters,Kent Adult Social Services,revenue,,Other Services,47J,OT Bureau - PD,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1045
Headquarters,Kent Adult Social Services,revenue,,Other Services,47L,Assisted Phone Alarms,2008/09,,0.0,-1.1,0.0,0.0,-1.1,0.0,,-1.1,KL,line,,001_23223e66fe6ffd0f.txt,1047
Headquarters,Kent Adult Social Services,revenue,,Other Services,47L,Assisted Phone Alarms,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1047
Headquarters,Kent Adult Social Services,revenue,,Other Services,47N,Internal Trading PD Resources Centres,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1048
Headquarters,Kent Adult Social Services,revenue,,Other Services,47N,Internal Trading PD Resources Centres,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1048
Headquarters,Kent Adult Social Services,revenue,,Other Services,47Y,Resource Centres,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1049
Headquarters,Kent Adult Social Services,revenue,,Other Services,47Y,Resource Centres,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1049
Headquarters,Kent Adult Social Services,revenue,,Other Services,,Social Care Reform,2008/09,,52.4,10.0,115.8,0.0,178.2,0.0,,178.2,KL,line,,001_23223e66fe6ffd0f.txt,1050
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL OTHER SERVICES,2008/09,,13.2,-112.9,802.1,0.0,702.4,-8.3,0.0,694.1,,subtotal,,001_23223e66fe6ffd0f.txt,1051
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1051
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL SERVICES FOR PD,2008/09,,13.2,-62.9,1489.2,0.0,1439.5,-306.5,0.0,1133.0,,total,,001_23223e66fe6ffd0f.txt,1053
Headquarters,Kent Adult Social Services,revenue,,,,TOTAL SERVICES FOR PD,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,1053
Headquarters,Kent Adult Social Services,revenue,,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1055
Headquarters,Kent Adult Social Services,revenue,,,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1056
Headquarters,Kent Adult Social Services,revenue,,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1057
Headquarters,Kent Adult Social Services,revenue,,,,Total Cost of Unit,2008/09,,13.2,-62.9,1489.2,0.0,1439.5,-306.5,0.0,1133.0,,total,,001_23223e66fe6ffd0f.txt,1058
Headquarters,Kent Adult Social Services,revenue,,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,1058
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",55A,Performance Unit,2008/09,,2670.2,336.1,55.4,26.8,3088.5,-141.4,,2947.1,KL,line,,001_23223e66fe6ffd0f.txt,1146
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",55A,Performance Unit,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1146
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",57A,Contract & Planning,2008/09,,451.8,133.4,0.0,0.0,585.2,-1.8,,583.4,KL,line,,001_23223e66fe6ffd0f.txt,1147
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",57A,Contract & Planning,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1147
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,,,"TOTAL PERF, CONTRACTING & PLANNING UNIT",2008/09,,3122.0,469.5,55.4,26.8,3673.7,-143.2,0.0,3530.5,,subtotal,,001_23223e66fe6ffd0f.txt,1148
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,,,"TOTAL PERF, CONTRACTING & PLANNING UNIT",2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1148
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1150
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1151
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1152
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,,,Total Cost of Unit,2008/09,,3122.0,469.5,55.4,26.8,3673.7,-143.2,0.0,3530.5,,total,,001_23223e66fe6ffd0f.txt,1153
Headquarters,Kent Adult Social Services,revenue,PPQA - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,1153
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54A,Resources Pension Enhancements,2008/09,1059.0,0.0,0.0,,,0.0,1059.0,-102.8,956.2,KL,line,,001_23223e66fe6ffd0f.txt,1168
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54A,Resources Pension Enhancements,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1168
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54C,Resource Finance Resources Area Info,2008/09,,1240.5,1155.5,24.3,-109.2,2311.1,-4.9,2306.2,,KL,line,,001_23223e66fe6ffd0f.txt,1169
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54C,Resource Finance Resources Area Info,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1169
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54D,Systems,2008/09,,1104.5,309.3,0.0,0.0,1413.8,0.0,1413.8,,KL,line,,001_23223e66fe6ffd0f.txt,1170
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54D,Systems,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1170
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54E,Resources Human Resources,2008/09,,1256.4,49.4,24.8,0.0,1330.6,-48.0,1282.6,,KL,line,,001_23223e66fe6ffd0f.txt,1171
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54E,Resources Human Resources,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1171
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54F,Resources Legal SLAs,2008/09,0.0,0.0,0.0,200.3,,200.3,-0.7,199.6,,KL,line,,001_23223e66fe6ffd0f.txt,1172
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54F,Resources Legal SLAs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1172
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54G,Resources Other SLAs,2008/09,0.0,58.3,0.0,0.0,,58.3,0.0,58.3,,KL,line,,001_23223e66fe6ffd0f.txt,1173
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54G,Resources Other SLAs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1173
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54H,Facilities,2008/09,,25.4,251.6,0.0,0.0,277.0,0.0,277.0,,KL,line,,001_23223e66fe6ffd0f.txt,1174
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54H,Facilities,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1174
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54J,Training,2008/09,,2739.1,277.2,0.0,0.0,3016.3,64.7,3081.0,,KL,line,,001_23223e66fe6ffd0f.txt,1175
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54J,Training,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1175
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54M,Finance staffing,2008/09,,2076.0,58.8,0.0,0.0,2134.8,-41.3,2093.5,,KL,line,,001_23223e66fe6ffd0f.txt,1176
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,54M,Finance staffing,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1176
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,,,TOTAL RESOURCES,2008/09,,9500.9,2160.1,49.1,91.1,11801.2,-133.0,0.0,11668.2,,subtotal,,001_23223e66fe6ffd0f.txt,1177
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,,,TOTAL RESOURCES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1177
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,,,TOTAL RESOURCES,2008/09,,9500.9,2160.1,49.1,91.1,11801.2,-133.0,0.0,11668.2,,subtotal,,001_23223e66fe6ffd0f.txt,1178
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,,,TOTAL RESOURCES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1178
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1180
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1181
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1182
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,,,Total Cost of Unit,2008/09,,9500.9,2160.1,49.1,91.1,11801.2,-133.0,0.0,11668.2,,total,,001_23223e66fe6ffd0f.txt,1183
Headquarters,Kent Adult Social Services,revenue,Resources - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,1183
Headquarters,Kent Adult Social Services,revenue,ASYLUM ALL APPEAL RIGHTS EXHAUSTED - Budget & Services,AAARE,54P,AAARE,2008/09,,0.0,100.0,0.0,0.0,100.0,0.0,0.0,100.0,KL,line,,001_23223e66fe6ffd0f.txt,1200
Headquarters,Kent Adult Social Services,revenue,ASYLUM ALL APPEAL RIGHTS EXHAUSTED - Budget & Services,AAARE,54P,AAARE,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1200
Headquarters,Kent Adult Social Services,revenue,ASYLUM ALL APPEAL RIGHTS EXHAUSTED - Budget & Services,,,TOTAL AAARE,2008/09,,0.0,100.0,0.0,0.0,100.0,0.0,0.0,100.0,,subtotal,,001_23223e66fe6ffd0f.txt,1201
Headquarters,Kent Adult Social Services,revenue,ASYLUM ALL APPEAL RIGHTS EXHAUSTED - Budget & Services,,,TOTAL AAARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1201
Headquarters,Kent Adult Social Services,revenue,ASYLUM ALL APPEAL RIGHTS EXHAUSTED - Budget & Services,AAARE,,Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1203
Headquarters,Kent Adult Social Services,revenue,ASYLUM ALL APPEAL RIGHTS EXHAUSTED - Budget & Services,AAARE,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1204
Headquarters,Kent Adult Social Services,revenue,ASYLUM ALL APPEAL RIGHTS EXHAUSTED - Budget & Services,AAARE,,Internal Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1205
Headquarters,Kent Adult Social Services,revenue,ASYLUM ALL APPEAL RIGHTS EXHAUSTED - Budget & Services,,,Total Cost of Unit,2008/09,,,,,,,,,100.0,,total,,001_23223e66fe6ffd0f.txt,1206
Headquarters,Kent Adult Social Services,revenue,ASYLUM ALL APPEAL RIGHTS EXHAUSTED - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,1206
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41A,KCC Residential,2008/09,,0.0,0.0,0.0,0.0,0.0,-1913.6,,-1913.6,KL,line,,001_23223e66fe6ffd0f.txt,1783
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41A,KCC Residential,2007/08,,,,,,,,,-1971.6,KL,line,,001_23223e66fe6ffd0f.txt,1783
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41B,Ind Sector Res Care,2008/09,,0.0,0.0,25621.4,0.0,25621.4,10530.2,,15091.2,KL,line,,001_23223e66fe6ffd0f.txt,1784
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41B,Ind Sector Res Care,2007/08,,,,,,,,,14385.2,KL,line,,001_23223e66fe6ffd0f.txt,1784
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41D,Preserved rights - Older People residential homes,2008/09,,0.0,0.0,3161.3,0.0,3161.3,-926.1,,2235.2,KL,line,,001_23223e66fe6ffd0f.txt,1785
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41D,Preserved rights - Older People residential homes,2007/08,,,,,,,,,2723.0,KL,line,,001_23223e66fe6ffd0f.txt,1785
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41F,Linked Service Centres Preserved rights - Older People Res Pre 2002,2008/09,,6918.9,1241.5,0.0,0.0,8160.4,-2.9,,8157.5,KL,line,,001_23223e66fe6ffd0f.txt,1786
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41F,Linked Service Centres Preserved rights - Older People Res Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1786
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41G,OPMH Residential,2008/09,,0.0,0.0,614.7,0.0,614.7,-98.6,,516.1,KL,line,,001_23223e66fe6ffd0f.txt,1787
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41G,OPMH Residential,2007/08,,,,,,,,,570.1,KL,line,,001_23223e66fe6ffd0f.txt,1787
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41M,Integrated Care Centres Preserved rights - Older People KCC Resid Pre 2002,2008/09,,0.0,0.0,13780.6,0.0,13780.6,-4570.9,,9209.7,KL,line,,001_23223e66fe6ffd0f.txt,1788
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41M,Integrated Care Centres Preserved rights - Older People KCC Resid Pre 2002,2007/08,,,,,,,,,8856.9,KL,line,,001_23223e66fe6ffd0f.txt,1788
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41W,KL,2007/08,2628.7,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,1789
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2008/09,,9547.6,1711.8,46925.9,0.0,58185.3,21577.4,0.0,36607.9,,subtotal,,001_23223e66fe6ffd0f.txt,1791
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2007/08,,,,,,,,,24563.6,,subtotal,,001_23223e66fe6ffd0f.txt,1791
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41C,Ind Sector Nursing Homes,2008/09,,0.0,0.0,13580.2,0.0,13580.2,-4589.3,,8990.9,KL,line,,001_23223e66fe6ffd0f.txt,1793
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41C,Ind Sector Nursing Homes,2007/08,,,,,,,,,8948.4,KL,line,,001_23223e66fe6ffd0f.txt,1793
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41E,Preserved rights - Older People nursing homes,2008/09,,0.0,0.0,326.3,0.0,326.3,-89.6,,236.7,KL,line,,001_23223e66fe6ffd0f.txt,1794
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41E,Preserved rights - Older People nursing homes,2007/08,,,,,,,,,367.1,KL,line,,001_23223e66fe6ffd0f.txt,1794
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41H,Preserved rights - Older People Nursing Pre 2002 by the Adults Service,2008/09,,0.0,0.0,82.7,0.0,82.7,-90.1,,-7.4,KL,line,,001_23223e66fe6ffd0f.txt,1795
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41H,Preserved rights - Older People Nursing Pre 2002 by the Adults Service,2007/08,,,,,,,,,225.2,KL,line,,001_23223e66fe6ffd0f.txt,1795
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41K,Units.,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1796
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41K,Units.,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1796
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41N,OPMH Nursing,2008/09,,0.0,0.0,1749.2,0.0,1749.2,-458.2,,1291.0,KL,line,,001_23223e66fe6ffd0f.txt,1797
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41N,OPMH Nursing,2007/08,,,,,,,,,840.6,KL,line,,001_23223e66fe6ffd0f.txt,1797
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL NURSING CARE,2008/09,,0.0,0.0,15738.4,0.0,15738.4,-5227.2,0.0,10511.2,,subtotal,,001_23223e66fe6ffd0f.txt,1798
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL NURSING CARE,2007/08,,,,,,,,,10381.3,,subtotal,,001_23223e66fe6ffd0f.txt,1798
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45A,KCC Home Care Service,2008/09,,0.0,3143.2,0.0,0.0,3143.2,-5913.0,,-2769.8,KL,line,,001_23223e66fe6ffd0f.txt,1801
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45E,Ind Sector Home Care,2008/09,,0.0,0.0,22643.9,0.0,22643.9,0.0,,22643.9,KL,line,,001_23223e66fe6ffd0f.txt,1802
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45K,KCC Homecare,2008/09,,3219.9,-3129.2,0.0,0.0,90.7,0.0,,90.7,KL,line,,001_23223e66fe6ffd0f.txt,1803
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45K,KCC Homecare,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1803
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DOMICILIARY CARE,2008/09,,3219.9,14.0,22643.9,0.0,25877.8,-5913.0,0.0,19964.8,,subtotal,,001_23223e66fe6ffd0f.txt,1804
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DOMICILIARY CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1804
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Direct Payments,45B,Direct Payments,2008/09,,0.0,0.0,2217.5,0.0,2217.5,-179.8,,2037.7,KL,line,,001_23223e66fe6ffd0f.txt,1806
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Direct Payments,45B,Direct Payments,2007/08,,,,,,,,,1992.9,KL,line,,001_23223e66fe6ffd0f.txt,1806
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2008/09,,0.0,0.0,2217.5,0.0,2217.5,-179.8,0.0,2037.7,,subtotal,,001_23223e66fe6ffd0f.txt,1807
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2007/08,,,,,,,,,1992.9,,subtotal,,001_23223e66fe6ffd0f.txt,1807
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45C,Ind Sector Day Care,2008/09,,0.0,125.7,1399.2,0.0,1524.9,-50.6,,1474.3,KL,line,,001_23223e66fe6ffd0f.txt,1809
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45C,Ind Sector Day Care,2007/08,,,,,,,,,1398.9,KL,line,,001_23223e66fe6ffd0f.txt,1809
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45D,Ind Sector Meals Service,2008/09,,0.0,0.0,1298.8,0.0,1298.8,-798.2,,500.6,KL,line,,001_23223e66fe6ffd0f.txt,1810
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45D,Ind Sector Meals Service,2007/08,,,,,,,,,462.9,KL,line,,001_23223e66fe6ffd0f.txt,1810
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45F,Voluntary Orgs,2008/09,,0.0,0.0,3736.9,0.0,3736.9,-1.1,,3735.8,KL,line,,001_23223e66fe6ffd0f.txt,1811
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45F,Voluntary Orgs,2007/08,,,,,,,,,2551.1,KL,line,,001_23223e66fe6ffd0f.txt,1811
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45G,KCC Day Care,2008/09,,1060.6,447.8,0.0,0.0,1508.4,-73.9,,1434.5,KL,line,,001_23223e66fe6ffd0f.txt,1812
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45G,KCC Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1812
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45J,OTB OP,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1813
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45J,OTB OP,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1813
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,,Internal Trading Older,2007/08,,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,1814
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45L,People Day Care,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1815
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45L,People Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1815
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45N,POPPS/Invoke,2008/09,,20.8,0.0,738.2,0.0,759.0,-759.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1816
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45N,POPPS/Invoke,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1816
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45R,Brighter Futures,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1817
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45R,Brighter Futures,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1817
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45T,Assistive Technology,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1818
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45T,Assistive Technology,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1818
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,TBC,Social Care Reform,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1819
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL OTHER SERVICES,2008/09,,1081.4,573.5,7173.1,0.0,8828.0,-1682.8,0.0,7145.2,,subtotal,,001_23223e66fe6ffd0f.txt,1820
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,4412.9,,subtotal,,001_23223e66fe6ffd0f.txt,1820
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL SERVICES FOR OLDER PERSONS,2008/09,,13848.9,2299.3,94698.8,0.0,110847.0,34580.2,0.0,76266.8,,total,,001_23223e66fe6ffd0f.txt,1821
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL SERVICES FOR OLDER PERSONS,2007/08,,,,,,,,,41350.6,,total,,001_23223e66fe6ffd0f.txt,1821
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Central Overheads,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,1823
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1825
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1826
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Total Cost of Unit,2008/09,,13848.9,2299.3,94698.8,0.0,110847.0,34580.2,0.0,76266.8,,total,,001_23223e66fe6ffd0f.txt,1827
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,41350.6,,total,,001_23223e66fe6ffd0f.txt,1827
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42A,Adult Support Units,2008/09,,0.0,0.0,0.0,0.0,0.0,-112.9,,-112.9,KL,line,,001_23223e66fe6ffd0f.txt,1905
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42A,Adult Support Units,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1905
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42B,Ind Sector Residential Care,2008/09,,0.0,0.0,14336.9,0.0,14336.9,-2375.1,,11961.8,KL,line,,001_23223e66fe6ffd0f.txt,1906
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42B,Ind Sector Residential Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1906
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42C,Ind Sector Nursing Care Preserved rights - learning difficulties,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1907
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42C,Ind Sector Nursing Care Preserved rights - learning difficulties,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1907
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42D,Preserved rights - learning difficulties,2008/09,,0.0,0.0,4054.5,0.0,4054.5,-704.7,,3349.8,KL,line,,001_23223e66fe6ffd0f.txt,1908
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42D,Preserved rights - learning difficulties,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1908
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42E,Preserved rights - learning difficulties Pre 2002,2008/09,,0.0,0.0,9414.9,0.0,9414.9,-2049.1,,7365.8,KL,line,,001_23223e66fe6ffd0f.txt,1909
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42E,Preserved rights - learning difficulties Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1909
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42F,Adult Support Units,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1910
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42F,Adult Support Units,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1910
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42K,RNCC,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1911
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42K,RNCC,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1911
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2008/09,,0.0,0.0,27806.3,0.0,27806.3,-5241.8,0.0,22564.5,,subtotal,,001_23223e66fe6ffd0f.txt,1912
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1912
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46A,KCC Home Care Service,2008/09,,0.0,0.0,0.0,0.0,0.0,-117.6,,-117.6,KL,line,,001_23223e66fe6ffd0f.txt,1914
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46A,KCC Home Care Service,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1914
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46E,Ind Sect Home Care,2008/09,,0.0,0.0,1336.4,0.0,1336.4,0.0,,1336.4,KL,line,,001_23223e66fe6ffd0f.txt,1915
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46E,Ind Sect Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1915
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46H,Internal Trading LD ILS,2008/09,,0.0,0.0,0.0,0.0,0.0,-264.4,,-264.4,KL,line,,001_23223e66fe6ffd0f.txt,1916
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46H,Internal Trading LD ILS,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1916
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46K,KCC Home Care,2008/09,,,,,,0.0,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1917
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46K,KCC Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1917
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46X,Ind Living Scheme,2008/09,,1616.2,-424.2,21.8,0.0,1213.8,-212.4,,1001.4,KL,line,,001_23223e66fe6ffd0f.txt,1918
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46X,Ind Living Scheme,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1918
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DOMICILIARY CARE by the Adults Service Units.,2008/09,,1616.2,-424.2,1358.2,0.0,2550.2,-594.4,0.0,1955.8,,subtotal,,001_23223e66fe6ffd0f.txt,1919
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DOMICILIARY CARE by the Adults Service Units.,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1919
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Direct Payments,46B,Direct Payments,2008/09,,0.0,0.0,2491.6,0.0,2491.6,-33.2,,2458.4,KL,line,,001_23223e66fe6ffd0f.txt,1921
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Direct Payments,46B,Direct Payments,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1921
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2008/09,,0.0,0.0,2491.6,0.0,2491.6,-33.2,0.0,2458.4,,subtotal,,001_23223e66fe6ffd0f.txt,1923
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46M,Internal Trading LD Group Homes,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1925
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46M,Internal Trading LD Group Homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1925
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46R,Unstaffed Group Homes,2008/09,,59.3,0.8,0.0,0.0,60.1,0.0,0.0,60.1,KL,line,,001_23223e66fe6ffd0f.txt,1926
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46R,Unstaffed Group Homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1926
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46T,Adult Link Family Supported & Other Accommodation,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1927
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46T,Adult Link Family Supported & Other Accommodation,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1927
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46W,Ind Sector Group Homes,2008/09,,0.0,0.0,3492.8,0.0,3492.8,-181.6,0.0,3311.2,KL,line,,001_23223e66fe6ffd0f.txt,1928
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46W,Ind Sector Group Homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1928
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46Y,KL,2007/08,0.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,1929
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2008/09,,59.3,0.8,3492.8,0.0,3552.9,-181.6,0.0,3371.3,,subtotal,,001_23223e66fe6ffd0f.txt,1930
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1930
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46C,Ind Sector Day Care,2008/09,,0.0,430.8,1799.4,0.0,2230.2,-65.3,0.0,2164.9,KL,line,,001_23223e66fe6ffd0f.txt,1932
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46C,Ind Sector Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1932
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46F,Voluntary Orgs,2008/09,,0.0,0.0,281.9,0.0,281.9,0.0,0.0,281.9,KL,line,,001_23223e66fe6ffd0f.txt,1933
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46F,Voluntary Orgs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1933
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46G,LDDF LD Day Opportunities,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1934
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46J,Internal Trading Internal Trading LD Day Opportunities,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1935
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46L,KL,2007/08,0.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,1936
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46N,Day Opps LD Service Provision,2008/09,,4058.4,1004.5,0.0,0.0,5062.9,-193.1,0.0,4869.8,KL,line,,001_23223e66fe6ffd0f.txt,1937
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46N,Day Opps LD Service Provision,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1937
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,49E,Operational Staffing,2008/09,,219.0,0.0,0.0,0.0,219.0,-0.3,0.0,218.7,KL,line,,001_23223e66fe6ffd0f.txt,1938
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,TBC,Social Care Reform Regional Regeneration Hub,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,KL,line,,001_23223e66fe6ffd0f.txt,1939
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,54K,KL,2007/08,0.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,1940
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL OTHER SERVICES,2008/09,,4277.4,1435.3,2081.3,0.0,7794.0,-258.7,0.0,7535.3,,subtotal,,001_23223e66fe6ffd0f.txt,1941
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,1941
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SERVICES FOR VALUING PEOPLE,2008/09,,5952.9,1011.9,37230.2,0.0,44195.0,-6309.7,0.0,37885.3,,total,,001_23223e66fe6ffd0f.txt,1942
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SERVICES FOR VALUING PEOPLE,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,1942
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1945
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,1946
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Total Cost of Unit,2008/09,,5952.9,1011.9,37230.2,0.0,44195.0,-6309.7,0.0,37885.3,,total,,001_23223e66fe6ffd0f.txt,1947
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,1947
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43A,KCC Residential Care,2008/09,,0.0,0.0,0.0,0.0,0.0,-77.2,,-77.2,KL,line,,001_23223e66fe6ffd0f.txt,2008
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43A,KCC Residential Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2008
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43B,Ind Sect Res Care,2008/09,,0.0,0.0,4371.8,0.0,4371.8,-932.1,,3439.7,KL,line,,001_23223e66fe6ffd0f.txt,2009
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43B,Ind Sect Res Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2009
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43D,Preserved rights - physical disabilities,2008/09,,0.0,0.0,248.5,0.0,248.5,-40.9,,207.6,KL,line,,001_23223e66fe6ffd0f.txt,2010
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43D,Preserved rights - physical disabilities,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2010
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43E,Preserved rights - physical disabilities Pre 2002,2008/09,,0.0,0.0,965.6,0.0,965.6,-95.2,,870.4,KL,line,,001_23223e66fe6ffd0f.txt,2011
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43E,Preserved rights - physical disabilities Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2011
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43K,RNCC,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2012
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43K,RNCC,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2012
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2008/09,,0.0,0.0,5585.9,0.0,5585.9,-1145.4,0.0,4440.5,,subtotal,,001_23223e66fe6ffd0f.txt,2013
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2013
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47A,KCC Home Care Service,2008/09,,0.0,273.7,0.0,0.0,273.7,-302.8,,-29.1,KL,line,,001_23223e66fe6ffd0f.txt,2015
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47A,KCC Home Care Service,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2015
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47E,Ind Sector Home Care,2008/09,,0.0,0.0,4210.9,0.0,4210.9,0.0,,4210.9,KL,line,,001_23223e66fe6ffd0f.txt,2016
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47E,Ind Sector Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2016
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47H,Internal Trading PD ILS,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2017
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47H,Internal Trading PD ILS,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2017
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47K,KCC Home Care,2008/09,,279.4,-287.2,0.0,0.0,-7.8,0.0,,-7.8,KL,line,,001_23223e66fe6ffd0f.txt,2018
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47K,KCC Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2018
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47X,Ind Living Scheme,2008/09,,115.4,4.1,0.0,0.0,119.5,0.0,,119.5,KL,line,,001_23223e66fe6ffd0f.txt,2019
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47X,Ind Living Scheme,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2019
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL DOMICILIARY CARE,2008/09,,394.8,-9.4,4210.9,0.0,4596.3,-302.8,0.0,4293.5,,subtotal,,001_23223e66fe6ffd0f.txt,2020
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL DOMICILIARY CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2020
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Direct Payments,47B,Direct Payments,2008/09,,0.0,0.0,3710.5,0.0,3710.5,-111.6,,3598.9,KL,line,,001_23223e66fe6ffd0f.txt,2023
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Direct Payments,47B,Direct Payments,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2023
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2008/09,,0.0,0.0,3710.5,0.0,3710.5,-111.6,0.0,3598.9,,subtotal,,001_23223e66fe6ffd0f.txt,2024
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2024
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Supported Accommodation,,Supported & Other 47W Accommodation,2008/09,,0.0,0.0,537.8,0.0,537.8,0.0,,537.8,KL,line,,001_23223e66fe6ffd0f.txt,2027
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2008/09,,0.0,0.0,537.8,0.0,537.8,0.0,0.0,537.8,,subtotal,,001_23223e66fe6ffd0f.txt,2028
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2028
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47C,Ind Sector Day Care,2008/09,,0.0,111.1,453.9,0.0,565.0,0.0,,565.0,KL,line,,001_23223e66fe6ffd0f.txt,2030
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47C,Ind Sector Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2030
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47F,Voluntary Organisations,2008/09,,0.0,0.0,139.3,0.0,139.3,-0.2,,139.1,KL,line,,001_23223e66fe6ffd0f.txt,2031
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47F,Voluntary Organisations,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2031
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47G,KCC Day Care PD,2008/09,,,,,,,,,0.0,,line,re-aligned (few cells),001_23223e66fe6ffd0f.txt,2032
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47J,OT Bureau - PD,2008/09,,22.4,198.8,0.0,0.0,221.2,0.0,,221.2,KL,line,,001_23223e66fe6ffd0f.txt,2033
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47J,OT Bureau - PD,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2033
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47L,Assisted Phone Alarms Internal Trading PD,2008/09,,0.0,13.5,0.0,0.0,13.5,0.0,,13.5,KL,line,,001_23223e66fe6ffd0f.txt,2034
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47L,Assisted Phone Alarms Internal Trading PD,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2034
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47N,Resources Centres,2008/09,,14.5,0.0,0.0,0.0,14.5,-3.7,,10.8,KL,line,,001_23223e66fe6ffd0f.txt,2035
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47N,Resources Centres,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2035
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47Y,Resource Centres,2008/09,,178.4,49.2,0.0,0.0,227.6,-5.6,,222.0,KL,line,,001_23223e66fe6ffd0f.txt,2036
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47Y,Resource Centres,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2036
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,TBC,Social Care Reform,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2037
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL OTHER SERVICES,2008/09,,215.3,372.6,593.2,0.0,1181.1,-9.5,0.0,1171.6,,subtotal,,001_23223e66fe6ffd0f.txt,2038
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2038
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL SERVICES FOR PD,2008/09,,610.1,363.2,14638.3,0.0,15611.6,-1569.3,0.0,14042.3,,total,,001_23223e66fe6ffd0f.txt,2040
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL SERVICES FOR PD,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,2040
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2042
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2043
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2044
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,Total Cost of Unit,2008/09,,610.1,363.2,14638.3,0.0,15611.6,-1569.3,0.0,14042.3,,total,,001_23223e66fe6ffd0f.txt,2045
East Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,2045
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,Strategic & Area Management,56A,Strategic Management Area Management,2008/09,,196.3,0.0,0.0,0.0,196.3,0.0,,196.3,KL,line,,001_23223e66fe6ffd0f.txt,2115
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,Strategic & Area Management,56A,Strategic Management Area Management,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2115
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,Strategic & Area Management,56B,Team,2008/09,,,,,,0.0,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2116
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,Strategic & Area Management,56B,Team,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2116
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,,,Total Strategic & Area Management,2008/09,,196.3,0.0,0.0,0.0,196.3,0.0,0.0,196.3,,subtotal,,001_23223e66fe6ffd0f.txt,2117
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,,,Total Strategic & Area Management,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2117
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,Strategic & Area Management,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2120
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,Strategic & Area Management,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2121
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,Strategic & Area Management,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2122
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,,,Total Cost of Unit,2008/09,,196.3,0.0,0.0,0.0,196.3,0.0,0.0,196.3,,total,,001_23223e66fe6ffd0f.txt,2123
East Kent Adult Social Services,Kent Adult Social Services,revenue,STRATEGIC & AREA MANAGEMENT - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,2123
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",55A,Performance Unit,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2163
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",55A,Performance Unit,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2163
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",57A,Contract & Planning,2008/09,,1627.8,60.3,40.3,-24.9,1703.5,-0.2,,1703.3,KL,line,,001_23223e66fe6ffd0f.txt,2164
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",57A,Contract & Planning,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2164
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,,,"TOTAL PERF, CONTRACTING & PLANNING UNIT",2008/09,,1627.8,60.3,40.3,-24.9,1703.5,-0.2,0.0,1703.3,,subtotal,,001_23223e66fe6ffd0f.txt,2165
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,,,"TOTAL PERF, CONTRACTING & PLANNING UNIT",2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2165
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2167
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2168
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,"Performance, Contracting & Planning",,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2169
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,,,Total Cost of Unit,2008/09,,1627.8,60.3,40.3,-24.9,1703.5,-0.2,0.0,1703.3,,total,,001_23223e66fe6ffd0f.txt,2170
East Kent Adult Social Services,Kent Adult Social Services,revenue,PPQA - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,2170
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54A,Enhancements,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2183
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54A,Enhancements,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2183
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54B,Duty Services,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2184
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54C,Resource Finance,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2185
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54C,Resource Finance,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2185
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54D,Resources Area Info Systems,2008/09,,0.0,5.0,5.0,0.0,10.0,-0.1,,9.9,KL,line,,001_23223e66fe6ffd0f.txt,2186
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54D,Resources Area Info Systems,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2186
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54E,Resources Human Resources,2008/09,,0.0,22.2,0.0,0.0,22.2,0.0,,22.2,KL,line,,001_23223e66fe6ffd0f.txt,2187
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54E,Resources Human Resources,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2187
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54F,Resources Legal SLAs,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2188
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54F,Resources Legal SLAs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2188
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54G,Resources Other SLAs,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2189
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54G,Resources Other SLAs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2189
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54H,Facilities,2008/09,,0.0,0.0,0.0,-466.4,-466.4,0.0,,-466.4,KL,line,,001_23223e66fe6ffd0f.txt,2190
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54H,Facilities,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2190
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54J,Training,2008/09,,797.0,1357.5,0.0,0.0,2154.5,-42.6,,2111.9,KL,line,,001_23223e66fe6ffd0f.txt,2191
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54J,Training,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2191
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54M,Finance staffing,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2192
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,Resources Pension,54M,Finance staffing,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2192
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,,,TOTAL RESOURCES,2008/09,,797.0,1384.7,5.0,-466.4,1720.3,-42.7,0.0,1677.6,,subtotal,,001_23223e66fe6ffd0f.txt,2193
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,,,TOTAL RESOURCES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2193
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,,,TOTAL RESOURCES,2008/09,,797.0,1384.7,5.0,-466.4,1720.3,-42.7,0.0,1677.6,,subtotal,,001_23223e66fe6ffd0f.txt,2194
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,,,TOTAL RESOURCES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2194
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,by the Adults Service Units.,,Central Overheads,2007/08,,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,2196
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,by the Adults Service Units.,,Capital charges,2007/08,,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,2197
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,by the Adults Service Units.,,Directorate Overheads,2007/08,,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,2198
East Kent Adult Social Services,Kent Adult Social Services,revenue,Resources - Budget & Services,,,Total Cost of Unit,2008/09,,797.0,1384.7,5.0,-466.4,1720.3,-42.7,0.0,1677.6,,total,,001_23223e66fe6ffd0f.txt,2199
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41A,KCC Residential,2008/09,,0.0,0.0,0.0,0.0,0.0,-1210.3,,-1210.3,KL,line,,001_23223e66fe6ffd0f.txt,2716
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41A,KCC Residential,2007/08,,,,,,,,,-1176.1,KL,line,,001_23223e66fe6ffd0f.txt,2716
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41B,Ind Sector Res Care Preserved rights - Older People residential,2008/09,,0.0,0.0,12172.2,0.0,12172.2,-4491.2,,7681.0,KL,line,,001_23223e66fe6ffd0f.txt,2717
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41B,Ind Sector Res Care Preserved rights - Older People residential,2007/08,,,,,,,,,6916.2,KL,line,,001_23223e66fe6ffd0f.txt,2717
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41D,homes,2008/09,,0.0,0.0,752.6,0.0,752.6,-213.8,,538.8,KL,line,,001_23223e66fe6ffd0f.txt,2718
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41D,homes,2007/08,,,,,,,,,641.7,KL,line,,001_23223e66fe6ffd0f.txt,2718
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41F,Linked Service Centres Preserved rights - Older People Res Pre 2002,2008/09,,3046.4,554.7,0.0,0.0,3601.1,-9.2,,3591.9,KL,line,,001_23223e66fe6ffd0f.txt,2719
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41F,Linked Service Centres Preserved rights - Older People Res Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2719
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41G,KL,2007/08,0.0,,,,,,,,286.9,,line,,001_23223e66fe6ffd0f.txt,2720
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41M,OPMH Residential,2008/09,,0.0,0.0,10297.6,0.0,10297.6,-3156.1,,7141.5,KL,line,,001_23223e66fe6ffd0f.txt,2721
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41M,OPMH Residential,2007/08,,,,,,,,,6765.3,KL,line,,001_23223e66fe6ffd0f.txt,2721
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41W,Integrated Care Centres Preserved rights - Older People KCC Resid Pre 2002,2008/09,,1960.5,111.7,2353.7,0.0,4425.9,-5.5,,4420.4,KL,line,,001_23223e66fe6ffd0f.txt,2722
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Residential Care,41W,Integrated Care Centres Preserved rights - Older People KCC Resid Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2722
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2008/09,,5006.9,666.4,25925.1,0.0,31598.4,-9242.0,0.0,22356.4,,subtotal,,001_23223e66fe6ffd0f.txt,2724
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2007/08,,,,,,,,,13434.0,,subtotal,,001_23223e66fe6ffd0f.txt,2724
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41C,Ind Sector Nursing Homes,2008/09,,0.0,0.0,15191.4,0.0,15191.4,-4854.1,,10337.3,KL,line,,001_23223e66fe6ffd0f.txt,2726
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41C,Ind Sector Nursing Homes,2007/08,,,,,,,,,9664.3,KL,line,,001_23223e66fe6ffd0f.txt,2726
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41E,Preserved rights - Older People nursing homes,2008/09,,0.0,0.0,262.3,0.0,262.3,-57.3,,205.0,KL,line,,001_23223e66fe6ffd0f.txt,2727
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41E,Preserved rights - Older People nursing homes,2007/08,,,,,,,,,369.6,KL,line,,001_23223e66fe6ffd0f.txt,2727
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41H,Preserved rights - Older People Nursing Pre 2002,2008/09,,0.0,0.0,95.2,0.0,95.2,-37.9,,57.3,KL,line,,001_23223e66fe6ffd0f.txt,2728
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41H,Preserved rights - Older People Nursing Pre 2002,2007/08,,,,,,,,,51.8,KL,line,,001_23223e66fe6ffd0f.txt,2728
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41K,by the Adults Service Units.,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2729
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41K,by the Adults Service Units.,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2729
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41N,OPMH Nursing,2008/09,,0.0,0.0,3669.4,0.0,3669.4,-897.8,,2771.6,KL,line,,001_23223e66fe6ffd0f.txt,2730
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Nursing Care,41N,OPMH Nursing,2007/08,,,,,,,,,2582.8,KL,line,,001_23223e66fe6ffd0f.txt,2730
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL NURSING CARE,2008/09,,0.0,0.0,19218.3,0.0,19218.3,-5847.1,0.0,13371.2,,subtotal,,001_23223e66fe6ffd0f.txt,2732
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL NURSING CARE,2007/08,,,,,,,,,12668.5,,subtotal,,001_23223e66fe6ffd0f.txt,2732
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45A,KCC Home Care Service,2008/09,,0.0,3352.0,0.0,0.0,3352.0,-3677.3,,-325.3,KL,line,,001_23223e66fe6ffd0f.txt,2734
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45A,KCC Home Care Service,2007/08,,,,,,,,,302.2,KL,line,,001_23223e66fe6ffd0f.txt,2734
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45E,Ind Sector Home Care,2008/09,,0.0,0.0,13525.8,0.0,13525.8,0.0,,13525.8,KL,line,,001_23223e66fe6ffd0f.txt,2735
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45E,Ind Sector Home Care,2007/08,,,,,,,,,13394.6,KL,line,,001_23223e66fe6ffd0f.txt,2735
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45K,KCC Homecare,2008/09,,3493.6,-3362.8,0.0,0.0,130.8,0.0,,130.8,KL,line,,001_23223e66fe6ffd0f.txt,2736
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Domiciliary Care,45K,KCC Homecare,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2736
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DOMICILIARY CARE,2008/09,,3493.6,-10.8,13525.8,0.0,17008.6,-3677.3,0.0,13331.3,,subtotal,,001_23223e66fe6ffd0f.txt,2737
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DOMICILIARY CARE,2007/08,,,,,,,,,13696.8,,subtotal,,001_23223e66fe6ffd0f.txt,2737
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Direct Payments,45B,Direct Payments,2008/09,,0.0,0.0,1075.1,0.0,1075.1,-105.6,,969.5,KL,line,,001_23223e66fe6ffd0f.txt,2739
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Direct Payments,45B,Direct Payments,2007/08,,,,,,,,,532.0,KL,line,,001_23223e66fe6ffd0f.txt,2739
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2008/09,,0.0,0.0,1075.1,0.0,1075.1,-105.6,0.0,969.5,,subtotal,,001_23223e66fe6ffd0f.txt,2740
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2007/08,,,,,,,,,532.0,,subtotal,,001_23223e66fe6ffd0f.txt,2740
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45C,Ind Sector Day Care,2008/09,,0.0,56.5,598.2,0.0,654.7,0.0,,654.7,KL,line,,001_23223e66fe6ffd0f.txt,2742
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45C,Ind Sector Day Care,2007/08,,,,,,,,,614.6,KL,line,,001_23223e66fe6ffd0f.txt,2742
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45D,Ind Sector Meals Service,2008/09,,0.0,0.0,1074.2,0.0,1074.2,-730.3,,343.9,KL,line,,001_23223e66fe6ffd0f.txt,2743
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45D,Ind Sector Meals Service,2007/08,,,,,,,,,337.9,KL,line,,001_23223e66fe6ffd0f.txt,2743
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45F,Voluntary Orgs,2008/09,,0.0,0.0,3069.3,0.0,3069.3,0.0,,3069.3,KL,line,,001_23223e66fe6ffd0f.txt,2744
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45F,Voluntary Orgs,2007/08,,,,,,,,,2142.5,KL,line,,001_23223e66fe6ffd0f.txt,2744
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45G,KCC Day Care,2008/09,,846.5,343.8,40.9,0.0,1231.2,-47.1,,1184.1,KL,line,,001_23223e66fe6ffd0f.txt,2745
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45G,KCC Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2745
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45J,OTB OP,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2746
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45L,Internal Trading Older People Day Care,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2747
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45L,Internal Trading Older People Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2747
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45N,POPPS/Invoke,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2748
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45R,Brighter Futures,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2749
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45T,Assistive Technology,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2750
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,45T,Assistive Technology,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2750
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,TBC,Social Care Reform,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2751
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL OTHER SERVICES,2008/09,,846.5,400.3,4782.6,0.0,6029.4,-777.4,0.0,5252.0,,subtotal,,001_23223e66fe6ffd0f.txt,2752
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,3095.0,,subtotal,,001_23223e66fe6ffd0f.txt,2752
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,TOTAL SERVICES FOR OLDER PERSONS,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2757
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,TOTAL SERVICES FOR OLDER PERSONS,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2758
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,TOTAL SERVICES FOR OLDER PERSONS,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2759
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Total Cost of Unit,2008/09,,9347.0,1055.9,64526.9,0.0,74929.8,19649.4,0.0,55280.4,,total,,001_23223e66fe6ffd0f.txt,2760
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,43426.3,,total,,001_23223e66fe6ffd0f.txt,2760
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42A,Adult Support Units,2008/09,,0.0,0.0,0.0,0.0,0.0,-18.4,,-18.4,KL,line,,001_23223e66fe6ffd0f.txt,2839
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42A,Adult Support Units,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2839
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42B,Ind Sector Residential Care,2008/09,,0.0,0.0,20718.4,0.0,20718.4,-2516.3,,18202.1,KL,line,,001_23223e66fe6ffd0f.txt,2840
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42B,Ind Sector Residential Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2840
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42C,Ind Sector Nursing Care Preserved rights - learning difficulties,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2841
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42C,Ind Sector Nursing Care Preserved rights - learning difficulties,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2841
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42D,Preserved rights - learning difficulties Pre 2002,2008/09,,0.0,0.0,1172.4,0.0,1172.4,-169.8,,1002.6,KL,line,,001_23223e66fe6ffd0f.txt,2842
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42D,Preserved rights - learning difficulties Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2842
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42E,Adult Support Units,2008/09,,0.0,0.0,12324.5,0.0,12324.5,-3188.1,,9136.4,KL,line,,001_23223e66fe6ffd0f.txt,2843
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42E,Adult Support Units,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2843
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42F,RNCC,2008/09,,2240.9,270.8,12.5,0.0,2524.2,-12.2,,2512.0,KL,line,,001_23223e66fe6ffd0f.txt,2844
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42F,RNCC,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2844
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Residential Care,42K,KL,2007/08,0.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,2845
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2008/09,,2240.9,270.8,34227.8,0.0,36739.5,-5904.8,0.0,30834.7,,subtotal,,001_23223e66fe6ffd0f.txt,2846
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2846
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46A,KCC Home Care Service,2008/09,,0.0,0.0,0.0,0.0,0.0,-98.8,,-98.8,KL,line,,001_23223e66fe6ffd0f.txt,2848
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46A,KCC Home Care Service,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2848
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46E,Ind Sect Home Care,2008/09,,0.0,0.0,1552.2,0.0,1552.2,-24.9,,1527.3,KL,line,,001_23223e66fe6ffd0f.txt,2849
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46E,Ind Sect Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2849
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46H,Internal Trading LD ILS,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2850
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46H,Internal Trading LD ILS,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2850
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46K,KCC Home Care,2008/09,,,,,,0.0,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2851
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46K,KCC Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2851
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46X,Ind Living Scheme,2008/09,,973.2,-358.0,0.0,0.0,615.2,-23.0,,592.2,KL,line,,001_23223e66fe6ffd0f.txt,2852
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Domiciliary Care,46X,Ind Living Scheme,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2852
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DOMICILIARY CARE by the Adults Service Units.,2008/09,,973.2,-358.0,1552.2,0.0,2167.4,-146.7,0.0,2020.7,,subtotal,,001_23223e66fe6ffd0f.txt,2854
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DOMICILIARY CARE by the Adults Service Units.,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2854
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Direct Payments,46B,Direct Payments,2008/09,,0.0,0.0,1031.4,0.0,1031.4,-32.1,,999.3,KL,line,,001_23223e66fe6ffd0f.txt,2856
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Direct Payments,46B,Direct Payments,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2856
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2008/09,,0.0,0.0,1031.4,0.0,1031.4,-32.1,0.0,999.3,,subtotal,,001_23223e66fe6ffd0f.txt,2857
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2857
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46M,Internal Trading LD Group Homes,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2859
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46M,Internal Trading LD Group Homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2859
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46R,Unstaffed Group Homes,2008/09,,0.0,3.8,0.0,0.0,3.8,-8.7,,-4.9,KL,line,,001_23223e66fe6ffd0f.txt,2860
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46R,Unstaffed Group Homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2860
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46T,Adult Link Family Supported & Other,2008/09,,308.3,-176.6,237.5,0.0,369.2,0.0,,369.2,KL,line,,001_23223e66fe6ffd0f.txt,2861
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46T,Adult Link Family Supported & Other,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2861
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46W,Accommodation,2008/09,,0.0,0.0,1825.4,0.0,1825.4,-223.0,,1602.4,KL,line,,001_23223e66fe6ffd0f.txt,2862
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46W,Accommodation,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2862
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46Y,Ind Sector Group Homes,2008/09,,0.0,0.0,9.1,0.0,9.1,-4.3,,4.8,KL,line,,001_23223e66fe6ffd0f.txt,2863
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Supported Accommodation,46Y,Ind Sector Group Homes,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2863
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2008/09,,308.3,-172.8,2072.0,0.0,2207.5,-236.0,0.0,1971.5,,subtotal,,001_23223e66fe6ffd0f.txt,2864
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2864
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46C,Ind Sector Day Care,2008/09,,0.0,549.6,1276.7,0.0,1826.3,-6.3,,1820.0,KL,line,,001_23223e66fe6ffd0f.txt,2866
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46C,Ind Sector Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2866
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46F,Voluntary Orgs,2008/09,,0.0,0.0,639.7,0.0,639.7,0.0,,639.7,KL,line,,001_23223e66fe6ffd0f.txt,2867
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46F,Voluntary Orgs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2867
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46G,LDDF LD Day Opportunities,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2868
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46J,Internal Trading Internal Trading LD Day Opportunities,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2869
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46L,Day Opps LD,2008/09,,0.0,112.8,0.0,0.0,112.8,0.0,,112.8,KL,line,,001_23223e66fe6ffd0f.txt,2870
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46L,Day Opps LD,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2870
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46N,Service Provision,2008/09,,3018.1,1001.8,0.0,0.0,4019.9,-220.5,,3799.4,KL,line,,001_23223e66fe6ffd0f.txt,2871
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,46N,Service Provision,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2871
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,49E,Operational Staffing,2008/09,,159.3,-1.0,0.0,0.0,158.3,-0.5,,157.8,KL,line,,001_23223e66fe6ffd0f.txt,2872
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,49E,Operational Staffing,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2872
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,TBC,Social Care Reform Regional Regeneration Hub,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,2873
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,54K,Hub,2008/09,,67.8,510.0,0.0,0.0,577.8,-573.0,,4.8,KL,line,,001_23223e66fe6ffd0f.txt,2874
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,Other Services,54K,Hub,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2874
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL OTHER SERVICES,2008/09,,3245.2,2173.2,1916.4,0.0,7334.8,-800.3,0.0,6534.5,,subtotal,,001_23223e66fe6ffd0f.txt,2875
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2875
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SERVICES FOR VALUING PEOPLE,2008/09,,6767.6,1913.2,40799.8,0.0,49480.6,-7119.9,0.0,42360.7,,total,,001_23223e66fe6ffd0f.txt,2877
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,TOTAL SERVICES FOR VALUING PEOPLE,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,2877
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2879
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2880
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2881
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Total Cost of Unit,2008/09,,6767.6,1913.2,40799.8,0.0,49480.6,-7119.9,0.0,42360.7,,total,,001_23223e66fe6ffd0f.txt,2882
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (VALUING PEOPLE) - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,2882
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43A,KCC Residential Care,2008/09,,0.0,0.0,0.0,0.0,0.0,-3.1,,-3.1,KL,line,,001_23223e66fe6ffd0f.txt,2944
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43A,KCC Residential Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2944
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43B,Ind Sect Res Care,2008/09,,0.0,0.0,4740.8,0.0,4740.8,-747.1,,3993.7,KL,line,,001_23223e66fe6ffd0f.txt,2945
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43B,Ind Sect Res Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2945
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43D,Preserved rights - physical disabilities,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2946
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43D,Preserved rights - physical disabilities,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2946
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43E,Preserved rights - physical disabilities Pre 2002,2008/09,,0.0,0.0,859.3,0.0,859.3,-169.2,,690.1,KL,line,,001_23223e66fe6ffd0f.txt,2947
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43E,Preserved rights - physical disabilities Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2947
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43K,RNCC,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2948
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Residential Care,43K,RNCC,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2948
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2008/09,,0.0,0.0,5600.1,0.0,5600.1,-919.4,0.0,4680.7,,subtotal,,001_23223e66fe6ffd0f.txt,2949
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL RESIDENTIAL CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2949
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47A,KCC Home Care Service,2008/09,,0.0,287.7,0.0,0.0,287.7,-251.3,,36.4,KL,line,,001_23223e66fe6ffd0f.txt,2951
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47A,KCC Home Care Service,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2951
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47E,Ind Sector Home Care,2008/09,,0.0,0.0,3115.4,0.0,3115.4,-0.2,,3115.2,KL,line,,001_23223e66fe6ffd0f.txt,2952
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47E,Ind Sector Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2952
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47H,Internal Trading PD ILS,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2953
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47H,Internal Trading PD ILS,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2953
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47K,KCC Home Care,2008/09,,292.9,-277.4,0.0,0.0,15.5,0.0,,15.5,KL,line,,001_23223e66fe6ffd0f.txt,2954
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47K,KCC Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2954
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47X,Ind Living Scheme,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2955
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Domiciliary Care,47X,Ind Living Scheme,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2955
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL DOMICILIARY CARE,2008/09,,292.9,10.3,3115.4,0.0,3418.6,-251.5,0.0,3167.1,,subtotal,,001_23223e66fe6ffd0f.txt,2956
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL DOMICILIARY CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2956
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Direct Payments,47B,Direct Payments,2008/09,,0.0,0.0,2086.7,0.0,2086.7,-87.7,,1999.0,KL,line,,001_23223e66fe6ffd0f.txt,2959
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Direct Payments,47B,Direct Payments,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2959
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2008/09,,0.0,0.0,2086.7,0.0,2086.7,-87.7,0.0,1999.0,,subtotal,,001_23223e66fe6ffd0f.txt,2960
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL DIRECT PAYMENTS,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2960
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Supported Accommodation,,Supported & Other 47W Accommodation,2008/09,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2963
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Supported Accommodation,,Supported & Other 47W Accommodation,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2963
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2008/09,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2964
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2964
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47C,Ind Sector Day Care,2008/09,,0.0,279.4,316.9,0.0,596.3,0.0,,596.3,KL,line,extra cell 596.3 ignored (duplicated in source),001_23223e66fe6ffd0f.txt,2966
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47C,Ind Sector Day Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2966
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47F,Voluntary Organisations,2008/09,,0.0,0.0,744.9,0.0,744.9,-45.7,,699.2,KL,line,extra cell 699.2 ignored (duplicated in source),001_23223e66fe6ffd0f.txt,2967
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47F,Voluntary Organisations,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2967
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47G,KCC Day Care PD,2008/09,,0.0,0.0,,,0.0,,,,KL,line,,001_23223e66fe6ffd0f.txt,2968
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47J,OT Bureau - PD,2008/09,,16.8,175.8,0.0,0.0,192.6,-16.4,,176.2,KL,line,extra cell 176.2 ignored (duplicated in source),001_23223e66fe6ffd0f.txt,2969
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47J,OT Bureau - PD,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2969
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47L,Assisted Phone Alarms Internal Trading PD,2008/09,,0.0,9.8,0.0,0.0,9.8,0.0,,9.8,KL,line,extra cell 9.8 ignored (duplicated in source),001_23223e66fe6ffd0f.txt,2970
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47L,Assisted Phone Alarms Internal Trading PD,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2970
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47N,Resources Centres,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2971
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47N,Resources Centres,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2971
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47Y,Resource Centres,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2972
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,47Y,Resource Centres,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2972
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,Other Services,TBC,Social Care Reform,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,KL,line,,001_23223e66fe6ffd0f.txt,2973
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL OTHER SERVICES,2008/09,,16.8,465.0,1061.8,0.0,1543.6,-62.1,0.0,1481.5,,subtotal,,001_23223e66fe6ffd0f.txt,2974
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,2974
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL SERVICES FOR PD,2008/09,,309.7,475.3,11864.0,0.0,12649.0,-1320.7,0.0,11328.3,,total,,001_23223e66fe6ffd0f.txt,2975
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,TOTAL SERVICES FOR PD,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,2975
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2977
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2978
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,2979
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,Total Cost of Unit,2008/09,,309.7,475.3,11864.0,0.0,12649.0,-1320.7,0.0,11328.3,,total,,001_23223e66fe6ffd0f.txt,2980
West Kent Adult Social Services,Kent Adult Social Services,revenue,ADULTS (PHYSICAL DISABILITY) - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,2980
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54A,Resources Pension Enhancements,2008/09,0.0,0.0,0.0,0.0,0.0,0.0,0.0,,,KL,line,,001_23223e66fe6ffd0f.txt,3066
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54A,Resources Pension Enhancements,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3066
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54B,Duty Service,2008/09,0.0,0.0,0.0,0.0,0.0,0.0,0.0,,,,line,,001_23223e66fe6ffd0f.txt,3067
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54C,Resource Finance,2008/09,0.0,0.0,0.0,0.0,0.0,0.0,0.0,,,KL,line,,001_23223e66fe6ffd0f.txt,3068
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54C,Resource Finance,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3068
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54D,Resources Area Info Systems,2008/09,0.0,31.4,0.0,0.0,,31.4,0.0,31.4,,KL,line,,001_23223e66fe6ffd0f.txt,3069
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54D,Resources Area Info Systems,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3069
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54E,Resources Human Resources,2008/09,0.0,0.0,0.0,0.0,0.0,0.0,0.0,,,KL,line,,001_23223e66fe6ffd0f.txt,3070
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54E,Resources Human Resources,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3070
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54F,Resources Legal SLAs,2008/09,0.0,0.0,0.0,0.0,0.0,0.0,0.0,,,KL,line,,001_23223e66fe6ffd0f.txt,3071
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54F,Resources Legal SLAs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3071
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54G,Resources Other SLAs,2008/09,0.0,0.0,0.0,0.0,0.0,0.0,0.0,,,KL,line,,001_23223e66fe6ffd0f.txt,3072
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54G,Resources Other SLAs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3072
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54H,Facilities,2008/09,,833.8,1441.9,0.0,-565.7,1710.0,-132.2,1577.8,,KL,line,,001_23223e66fe6ffd0f.txt,3073
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54H,Facilities,2007/08,,,,,,,,,-59.5,KL,line,,001_23223e66fe6ffd0f.txt,3073
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54J,Training,2008/09,0.0,0.0,0.0,0.0,0.0,0.0,0.0,,,KL,line,,001_23223e66fe6ffd0f.txt,3074
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54J,Training,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3074
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54M,Finance staffing,2008/09,0.0,0.0,0.0,0.0,0.0,0.0,0.0,,,KL,line,,001_23223e66fe6ffd0f.txt,3075
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,54M,Finance staffing,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3075
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,,TOTAL RESOURCES,2008/09,,833.8,1473.3,0.0,-565.7,1741.4,-132.2,0.0,1609.2,,subtotal,,001_23223e66fe6ffd0f.txt,3076
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,,TOTAL RESOURCES,2007/08,,,,,,,,,-59.5,,subtotal,,001_23223e66fe6ffd0f.txt,3076
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,,TOTAL RESOURCES,2008/09,,833.8,1473.3,0.0,-565.7,1741.4,-132.2,0.0,1609.2,,subtotal,,001_23223e66fe6ffd0f.txt,3077
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,,TOTAL RESOURCES,2007/08,,,,,,,,,-59.5,,subtotal,,001_23223e66fe6ffd0f.txt,3077
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,by the Adults Service Units.,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,3080
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,by the Adults Service Units.,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,3081
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,by the Adults Service Units.,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,3082
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,,Total Cost of Unit,2008/09,,833.8,1473.3,0.0,-565.7,1741.4,-132.2,0.0,1609.2,,total,,001_23223e66fe6ffd0f.txt,3083
West Kent Adult Social Services,Kent Adult Social Services,revenue,56B Area Management Team,,,Total Cost of Unit,2007/08,,,,,,,,,-59.5,,total,,001_23223e66fe6ffd0f.txt,3083
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Residential Care,44B,Ind Sect Res Care,2008/09,,0.0,0.0,5776.1,0.0,5776.1,-1217.3,,4558.8,KL,line,,001_23223e66fe6ffd0f.txt,3433
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Residential Care,44B,Ind Sect Res Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3433
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Residential Care,44C,Ind Sect Nursing Care Preserved rights - Mental Health,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3434
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Residential Care,44C,Ind Sect Nursing Care Preserved rights - Mental Health,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3434
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Residential Care,44D,Preserved rights - Pre 2002,2008/09,,0.0,0.0,1368.1,0.0,1368.1,-325.3,,1042.8,KL,line,,001_23223e66fe6ffd0f.txt,3435
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Residential Care,44D,Preserved rights - Pre 2002,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3435
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Residential Care,44E,I.S. Nursing Care RNCC,2008/09,,0.0,0.0,598.7,0.0,598.7,-133.2,,465.5,KL,line,,001_23223e66fe6ffd0f.txt,3436
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Residential Care,44E,I.S. Nursing Care RNCC,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3436
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Residential Care,44K,KL,2007/08,0.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,3437
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL RESIDENTIAL CARE,2008/09,,0.0,0.0,7759.1,0.0,7759.1,-1692.0,0.0,6067.1,,subtotal,,001_23223e66fe6ffd0f.txt,3438
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL RESIDENTIAL CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,3438
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Domiciliary Care,48E,Ind Sect Home Care,2008/09,,0.0,0.4,1169.6,0.0,1170.0,-1.6,,1168.4,KL,line,,001_23223e66fe6ffd0f.txt,3440
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Domiciliary Care,48E,Ind Sect Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3440
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Domiciliary Care,48K,KCC Home Care,2008/09,,0.0,-254.8,0.0,0.0,-254.8,0.0,,-254.8,KL,line,,001_23223e66fe6ffd0f.txt,3441
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Domiciliary Care,48K,KCC Home Care,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3441
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL DOMICILIARY CARE,2008/09,,0.0,-254.4,1169.6,0.0,915.2,-1.6,0.0,913.6,,subtotal,,001_23223e66fe6ffd0f.txt,3442
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL DOMICILIARY CARE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,3442
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Direct Payments,48B,Direct Payments,2008/09,,0.0,0.0,320.8,0.0,320.8,0.0,,320.8,KL,line,,001_23223e66fe6ffd0f.txt,3444
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Direct Payments,48B,Direct Payments,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3444
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL DIRECT PAYMENTS,2008/09,,0.0,0.0,320.8,0.0,320.8,0.0,0.0,320.8,,subtotal,,001_23223e66fe6ffd0f.txt,3445
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL DIRECT PAYMENTS,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,3445
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Supported Accommodation,48R,Unstaffed Group Homes Supported & Other Accommodation,2008/09,,,,,,0.0,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3447
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Supported Accommodation,48R,Unstaffed Group Homes Supported & Other Accommodation,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3447
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Supported Accommodation,48W,KL,2007/08,0.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,3448
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2008/09,,0.0,0.0,51.3,0.0,51.3,0.0,0.0,51.3,,subtotal,,001_23223e66fe6ffd0f.txt,3450
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL SUPPORTED ACCOMMODATION,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,3450
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Assessment and related services,49F,Care Management,2008/09,,8615.2,737.0,50.0,32.7,9434.9,-725.7,,8709.2,KL,line,,001_23223e66fe6ffd0f.txt,3452
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Assessment and related services,49F,Care Management,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3452
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL ASSESSMENT & RELATED,2008/09,,8615.2,737.0,50.0,32.7,9434.9,-725.7,0.0,8709.2,,subtotal,,001_23223e66fe6ffd0f.txt,3453
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL ASSESSMENT & RELATED,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,3453
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,48C,Ind Sect Day Care,2008/09,,0.0,31.2,58.8,0.0,90.0,0.0,,90.0,KL,line,,001_23223e66fe6ffd0f.txt,3455
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,48F,Voluntary Orgs,2008/09,,0.0,0.0,4417.3,0.0,4417.3,-993.2,,3424.1,KL,line,,001_23223e66fe6ffd0f.txt,3456
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,48F,Voluntary Orgs,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3456
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,48G,Facilities MH,2008/09,,48.2,28.3,0.0,0.0,76.5,0.0,,76.5,KL,line,,001_23223e66fe6ffd0f.txt,3457
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,48G,Facilities MH,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3457
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,48H,Comm Services,2008/09,,1306.8,104.3,0.0,0.0,1411.1,0.0,,1411.1,KL,line,,001_23223e66fe6ffd0f.txt,3458
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,48H,Comm Services,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,3458
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,,Social Care Reform,2008/09,,90.1,0.0,167.3,0.0,257.4,0.0,,257.4,,line,,001_23223e66fe6ffd0f.txt,3459
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL OTHER SERVICES,2008/09,,1445.1,163.8,4643.4,0.0,6252.3,-993.2,0.0,5259.1,,subtotal,,001_23223e66fe6ffd0f.txt,3460
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,3460
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL MENTAL HEALTH SERVICES,2008/09,,10060.3,646.4,13994.2,32.7,24733.6,-3412.5,0.0,21321.1,,subtotal,,001_23223e66fe6ffd0f.txt,3462
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,TOTAL MENTAL HEALTH SERVICES,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,3462
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,3464
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,3465
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,Other Services,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,3466
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,Total Cost of Unit,2008/09,,10060.3,646.4,13994.2,32.7,24733.6,-3412.5,0.0,21321.1,,total,,001_23223e66fe6ffd0f.txt,3467
Adult Mental Health Services,Kent Adult Social Services,revenue,MENTAL HEALTH - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,3467
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,55E,ICES Core Equipment,2008/09,,0.0,384.9,0.0,0.0,384.9,-14.0,,370.9,,line,,001_23223e66fe6ffd0f.txt,3892
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,55E,ICES Core Equipment,2007/08,,,,,,,,,-1.4,,line,,001_23223e66fe6ffd0f.txt,3892
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,55F,ICES Core Miscellaneous Service,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,3893
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,55F,ICES Core Miscellaneous Service,2007/08,,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,3893
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,55G,ICES Core Equipment Admin,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,3894
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,55G,ICES Core Equipment Admin,2007/08,,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,3894
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,55H,ICES OP Bespoke Equipment,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,3895
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,Other Services,55H,ICES OP Bespoke Equipment,2007/08,,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,3895
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL OTHER SERVICES,2008/09,,0.0,384.9,0.0,0.0,384.9,-14.0,0.0,370.9,,subtotal,,001_23223e66fe6ffd0f.txt,3896
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,-1.4,,subtotal,,001_23223e66fe6ffd0f.txt,3896
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL SERVICES FOR OLDER PERSONS,2008/09,,0.0,384.9,0.0,0.0,384.9,-14.0,0.0,370.9,,total,,001_23223e66fe6ffd0f.txt,3897
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,TOTAL SERVICES FOR OLDER PERSONS,2007/08,,,,,,,,,-1.4,,total,,001_23223e66fe6ffd0f.txt,3897
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Central Overheads,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,3899
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Capital charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,3900
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Directorate Overheads,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,3901
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Total Cost of Unit,2008/09,,0.0,384.9,0.0,0.0,384.9,-14.0,0.0,,,total,,001_23223e66fe6ffd0f.txt,3902
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (OLDER PERSONS) - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,-1.4,,total,,001_23223e66fe6ffd0f.txt,3902
Kent-wide Services,Kent Adult Social Services,revenue,,Other Services,47T,Sensory Disabilities Unit,2008/09,,42.6,141.9,1074.1,0.0,1258.6,-5.2,,1253.4,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4016
Kent-wide Services,Kent Adult Social Services,revenue,,Other Services,47T,Sensory Disabilities Unit,2007/08,,,,,,,,,1996.8,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4016
Kent-wide Services,Kent Adult Social Services,revenue,,Other Services,55J,ICES Core Equipment,2008/09,,0.0,-76.3,0.0,0.0,-76.3,4.8,,-71.5,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4017
Kent-wide Services,Kent Adult Social Services,revenue,,Other Services,55J,ICES Core Equipment,2007/08,,,,,,,,,73.1,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4017
Kent-wide Services,Kent Adult Social Services,revenue,,Other Services,55K,ICES Core Misc Services,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4018
Kent-wide Services,Kent Adult Social Services,revenue,,Other Services,55K,ICES Core Misc Services,2007/08,,,,,,,,,0.0,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4018
Kent-wide Services,Kent Adult Social Services,revenue,,Other Services,55L,ICES Core Equipment Admin,2008/09,,0.0,0.0,0.0,0.0,0.0,0.0,,0.0,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4019
Kent-wide Services,Kent Adult Social Services,revenue,,Other Services,55L,ICES Core Equipment Admin,2007/08,,,,,,,,,0.0,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4019
Kent-wide Services,Kent Adult Social Services,revenue,,Other Services,57H,ICES PD Bespoke Equipment,2008/09,,0.0,218.6,0.0,0.0,218.6,-2.0,,216.6,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4020
Kent-wide Services,Kent Adult Social Services,revenue,,Other Services,57H,ICES PD Bespoke Equipment,2007/08,,,,,,,,,7.7,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4020
Kent-wide Services,Kent Adult Social Services,revenue,,,,TOTAL OTHER SERVICES,2008/09,,42.6,284.2,1074,0.0,1400.9,-2.4,0.0,1398.5,,subtotal,,001_23223e66fe6ffd0f.txt,4021
Kent-wide Services,Kent Adult Social Services,revenue,,,,TOTAL OTHER SERVICES,2007/08,,,,,,,,,2077,,subtotal,,001_23223e66fe6ffd0f.txt,4021
Kent-wide Services,Kent Adult Social Services,revenue,,,,TOTAL SERVICES FOR PD,2008/09,,42.6,284.2,1074.1,0.0,1400.9,-2.4,0.0,1398.5,,total,,001_23223e66fe6ffd0f.txt,4024
Kent-wide Services,Kent Adult Social Services,revenue,,,,TOTAL SERVICES FOR PD,2007/08,,,,,,,,,2077.6,,total,,001_23223e66fe6ffd0f.txt,4024
Kent-wide Services,Kent Adult Social Services,revenue,,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4026
Kent-wide Services,Kent Adult Social Services,revenue,,,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4027
Kent-wide Services,Kent Adult Social Services,revenue,,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4028
Kent-wide Services,Kent Adult Social Services,revenue,,,,Total Cost of Unit,2008/09,,42.6,284.2,1074.1,0.0,1400.9,-2.4,0.0,,,total,,001_23223e66fe6ffd0f.txt,4029
Kent-wide Services,Kent Adult Social Services,revenue,,,,Total Cost of Unit,2007/08,,,,,,,,,2077.6,,total,,001_23223e66fe6ffd0f.txt,4029
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,Assessment and related services,49T,SDU Staffing,2008/09,,640.1,35.0,0.0,0.0,675.1,0.0,,675.1,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4081
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,Assessment and related services,49T,SDU Staffing,2007/08,,,,,,,,,0.0,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4081
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,Assessment and related services,55R,ICES Staffing,2008/09,,55.3,0.0,0.0,0.0,55.3,-0.5,,54.8,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4082
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,Assessment and related services,55R,ICES Staffing,2007/08,,,,,,,,,54.5,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4082
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,Assessment and related services,51A,Out of Hours Service,2008/09,,908.5,3.2,0.0,463.4,1375.1,0.0,,1375.1,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4083
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,Assessment and related services,51A,Out of Hours Service,2007/08,,,,,,,,,466.6,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4083
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,,,TOTAL GENERIC,2008/09,,1603.9,38.2,0.0,463.4,2105.5,-0.5,0.0,2105.0,,subtotal,,001_23223e66fe6ffd0f.txt,4084
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,,,TOTAL GENERIC,2007/08,,,,,,,,,521.1,,subtotal,,001_23223e66fe6ffd0f.txt,4084
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,Assessment and related services,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4086
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,Assessment and related services,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4087
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,Assessment and related services,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4088
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,,,Total Cost of Unit,2008/09,,1603.9,38.2,0.0,463.4,2105.5,-0.5,0.0,,,total,,001_23223e66fe6ffd0f.txt,4089
Kent-wide Services,Kent Adult Social Services,revenue,ADULTS (GENERIC) - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,521.1,,total,,001_23223e66fe6ffd0f.txt,4089
Kent-wide Services,Kent Adult Social Services,revenue,Draft,,,Total Cost of Unit,2008/09,,247.0,38.3,18.1,0.0,303.4,-2.6,0.0,,,total,,001_23223e66fe6ffd0f.txt,4099
Kent-wide Services,Kent Adult Social Services,revenue,Draft,,,Total Cost of Unit,2007/08,,,,,,,,,276.9,,total,,001_23223e66fe6ffd0f.txt,4099
Kent-wide Services,Kent Adult Social Services,revenue,,Gypsy,52A,Gypsy Section,2008/09,,284.9,31.6,309.6,6.0,632.1,-283.1,,349.0,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4157
Kent-wide Services,Kent Adult Social Services,revenue,,Gypsy,52A,Gypsy Section,2007/08,,,,,,,,,346.3,KL Kent Wide,line,,001_23223e66fe6ffd0f.txt,4157
Kent-wide Services,Kent Adult Social Services,revenue,,,,TOTAL GYPSY UNIT,2008/09,,284.9,31.6,309.6,6.0,632.1,-283.1,0.0,349.0,,subtotal,,001_23223e66fe6ffd0f.txt,4158
Kent-wide Services,Kent Adult Social Services,revenue,,,,TOTAL GYPSY UNIT,2007/08,,,,,,,,,346.3,,subtotal,,001_23223e66fe6ffd0f.txt,4158
Kent-wide Services,Kent Adult Social Services,revenue,,Gypsy,,Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4160
Kent-wide Services,Kent Adult Social Services,revenue,,Gypsy,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4161
Kent-wide Services,Kent Adult Social Services,revenue,,Gypsy,,Internal Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4162
Kent-wide Services,Kent Adult Social Services,revenue,,,,Total Cost of Unit,2008/09,,284.9,31.6,309.6,6.0,632.1,-283.1,0.0,,,total,,001_23223e66fe6ffd0f.txt,4163
Kent-wide Services,Kent Adult Social Services,revenue,,,,Total Cost of Unit,2007/08,,,,,,,,,346.3,,total,,001_23223e66fe6ffd0f.txt,4163
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C1 Supporting People - Admin,2008/09,,722.4,91.8,37.8,80.0,932.0,0.0,,932.0,KL,line,,001_23223e66fe6ffd0f.txt,4552
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C1 Supporting People - Admin,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,4552
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C3 Supporting People - OP,2008/09,,0.0,0.0,8463.5,0.0,8463.5,0.0,,8463.5,KL,line,,001_23223e66fe6ffd0f.txt,4553
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C3 Supporting People - OP,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,4553
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C4 Supporting People - LD,2008/09,,0.0,1143.6,4510.2,0.0,5653.8,0.0,,5653.8,KL,line,,001_23223e66fe6ffd0f.txt,4554
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C4 Supporting People - LD,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,4554
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C5 Supporting People - PD,2008/09,,0.0,94.4,541.3,0.0,635.7,0.0,,635.7,KL,line,,001_23223e66fe6ffd0f.txt,4555
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C5 Supporting People - PD,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,4555
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C6 Supporting People - MH Supporting People - Other,2008/09,,0.0,254.8,3606.0,0.0,3860.8,0.0,,3860.8,KL,line,,001_23223e66fe6ffd0f.txt,4556
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C6 Supporting People - MH Supporting People - Other,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,4556
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C7 Adults Supporting People - Other,2008/09,,0.0,0.0,9870.7,59.0,9929.7,0.0,,9929.7,KL,line,,001_23223e66fe6ffd0f.txt,4557
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C7 Adults Supporting People - Other,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,4557
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C8 Youths,2008/09,,0.0,0.0,3481.4,0.0,3481.4,0.0,,3481.4,KL,line,,001_23223e66fe6ffd0f.txt,4558
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,5C8 Youths,2007/08,,,,,,,,,0.0,KL,line,,001_23223e66fe6ffd0f.txt,4558
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,,,TOTAL SUPPORTING PEOPLE,2008/09,,722.4,1584.6,30510.9,139.0,32956.9,0.0,0.0,32956.9,,subtotal,,001_23223e66fe6ffd0f.txt,4559
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,,,TOTAL SUPPORTING PEOPLE,2007/08,,,,,,,,,0.0,,subtotal,,001_23223e66fe6ffd0f.txt,4559
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4561
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,Capital charges,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4562
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,Supporting People,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,4563
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,,,Total Cost of Unit,2008/09,,722.4,1584.6,30510.9,139.0,32956.9,0.0,0.0,32956.9,,total,,001_23223e66fe6ffd0f.txt,4564
Supporting People,Kent Adult Social Services,revenue,SUPPORTING PEOPLE - Budget & Services,,,Total Cost of Unit,2007/08,,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,4564
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Commissioning - General,2008/09,5.0,505.8,1134.0,,,1639.8,-490.6,-123.8,1025.4,CW,line,,001_23223e66fe6ffd0f.txt,6074
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Commissioning - General,2007/08,4.0,,,,,,,,199.5,CW,line,,001_23223e66fe6ffd0f.txt,6074
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Controllable Totals,2008/09,5.0,505.8,1134.0,0.0,,1639.8,-490.6,-123.8,1025.4,,total,,001_23223e66fe6ffd0f.txt,6075
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Controllable Totals,2007/08,4.0,,,,,,,,199.5,,total,,001_23223e66fe6ffd0f.txt,6075
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Central Overheads,2008/09,,,,,,,,,16.8,,memo,,001_23223e66fe6ffd0f.txt,6077
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Directorate Overheads,2008/09,,,,,,,,,27.4,,memo,,001_23223e66fe6ffd0f.txt,6078
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,6079
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Total Cost of Unit,2008/09,5.0,505.8,1134.0,0.0,,1639.8,-490.6,-123.8,1069.6,,total,,001_23223e66fe6ffd0f.txt,6080
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Total Cost of Unit,2007/08,4.0,,,,,,,,199.5,,total,,001_23223e66fe6ffd0f.txt,6080
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Hospital Recoupment Expenditure,2008/09,0.0,0.0,244.1,,,244.1,0.0,,244.1,MD,line,,001_23223e66fe6ffd0f.txt,6086
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Hospital Recoupment Expenditure,2007/08,0.0,,,,,,,,244.0,MD,line,,001_23223e66fe6ffd0f.txt,6086
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Special Recoupment Expenditure,2008/09,0.0,0.0,1416.0,,,1416.0,0.0,,1416.0,MD,line,,001_23223e66fe6ffd0f.txt,6087
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Special Recoupment Expenditure,2007/08,0.0,,,,,,,,1416.1,MD,line,,001_23223e66fe6ffd0f.txt,6087
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Special Recoupment Income,2008/09,0.0,0.0,0.0,,,0.0,-2954.6,,-2954.6,MD,line,,001_23223e66fe6ffd0f.txt,6088
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Special Recoupment Income,2007/08,0.0,,,,,,,,-2954.6,MD,line,,001_23223e66fe6ffd0f.txt,6088
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Payments to Independent and Non-Maintained,2008/09,0.0,0.0,10983.1,,,10983.1,-697.3,,10285.8,MD,line,,001_23223e66fe6ffd0f.txt,6089
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Payments to Independent and Non-Maintained,2007/08,0.0,,,,,,,,9459.3,MD,line,,001_23223e66fe6ffd0f.txt,6089
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Statemented Pupil Support,2008/09,27.1,1501.0,3289.8,132.1,,4922.9,-2415.9,,2507.0,MD,line,,001_23223e66fe6ffd0f.txt,6090
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Statemented Pupil Support,2007/08,28.1,,,,,,,,2338.4,MD,line,,001_23223e66fe6ffd0f.txt,6090
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Other Units and Projects,2008/09,43.3,3041.6,1601.6,,,4643.2,0.0,,4643.2,MD,line,,001_23223e66fe6ffd0f.txt,6091
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Other Units and Projects,2007/08,55.8,,,,,,,,4704.9,MD,line,,001_23223e66fe6ffd0f.txt,6091
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Special Schools Non-Delegated meals,2008/09,6.1,378.2,202.6,,,580.8,-181.2,,399.6,MD,line,,001_23223e66fe6ffd0f.txt,6092
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Special Schools Non-Delegated meals,2007/08,6.1,,,,,,,,401.0,MD,line,,001_23223e66fe6ffd0f.txt,6092
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Partnership with Parents,2008/09,10.1,220.1,121.6,,,341.7,0.0,,341.7,MD,line,,001_23223e66fe6ffd0f.txt,6093
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Partnership with Parents,2007/08,10.1,,,,,,,,315.4,MD,line,,001_23223e66fe6ffd0f.txt,6093
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,SEN Home to School Transport,2008/09,0.0,120.3,15362.9,,,15483.2,0.0,,15483.2,MD,line,,001_23223e66fe6ffd0f.txt,6094
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,SEN Home to School Transport,2007/08,0.0,,,,,,,,14806.2,MD,line,,001_23223e66fe6ffd0f.txt,6094
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Standards Fund (ABG),2008/09,0.0,562.9,47.3,,,610.2,0.0,,610.2,MD,line,,001_23223e66fe6ffd0f.txt,6095
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Standards Fund (ABG),2007/08,0.0,,,,,,,,281.1,MD,line,,001_23223e66fe6ffd0f.txt,6095
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,"Management, Administration and Support",2008/09,84.5,1723.5,849.1,,,2572.6,0.0,,2572.6,MD,line,,001_23223e66fe6ffd0f.txt,6096
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,"Management, Administration and Support",2007/08,71.5,,,,,,,,2643.5,MD,line,,001_23223e66fe6ffd0f.txt,6096
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Controllable Totals,2008/09,171.1,7547.6,34118.1,132.1,,41797.8,-6249.0,0.0,35548.8,,total,,001_23223e66fe6ffd0f.txt,6097
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Controllable Totals,2007/08,171.6,,,,,,,,33655.3,,total,,001_23223e66fe6ffd0f.txt,6097
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Central Overheads,2008/09,,,,,,,,,4021.8,,memo,,001_23223e66fe6ffd0f.txt,6099
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Central Overheads,2007/08,,,,,,,,,448.1,,memo,,001_23223e66fe6ffd0f.txt,6099
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Directorate Overheads,2008/09,,,,,,,,,698.0,,memo,,001_23223e66fe6ffd0f.txt,6100
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Directorate Overheads,2007/08,,,,,,,,,633.8,,memo,,001_23223e66fe6ffd0f.txt,6100
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,6101
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Total Cost of Unit,2008/09,171.1,7547.6,34118.1,132.1,,41797.8,-6249.0,0.0,40268.6,,total,,001_23223e66fe6ffd0f.txt,6102
Commissioning Division,"Children, Families & Education",revenue,Commissioning - General,,,Total Cost of Unit,2007/08,171.6,,,,,,,,34737.2,,total,,001_23223e66fe6ffd0f.txt,6102
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Pupil Referral Service,2008/09,108.9,3587.1,696.0,,,4283.1,0.0,-168.0,4115.1,CW,line,,001_23223e66fe6ffd0f.txt,6108
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Pupil Referral Service,2007/08,107.0,,,,,,,,4071.0,CW,line,,001_23223e66fe6ffd0f.txt,6108
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Individual Tuition - Exclusion,2008/09,0.0,1164.1,0.0,,,1164.1,0.0,,1164.1,CW,line,,001_23223e66fe6ffd0f.txt,6109
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Individual Tuition - Exclusion,2007/08,0.0,,,,,,,,1135.7,CW,line,,001_23223e66fe6ffd0f.txt,6109
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,"Management, Administration and Support",2008/09,8.4,204.8,97.7,,,302.5,-20.0,,282.5,CW,line,,001_23223e66fe6ffd0f.txt,6110
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,"Management, Administration and Support",2007/08,6.0,,,,,,,,376.0,CW,line,,001_23223e66fe6ffd0f.txt,6110
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Alternative Curriculum (+ Childrens Fund),2008/09,110.9,3477.8,1866.5,1913.0,,7257.3,-5103.9,,2153.4,CW,line,,001_23223e66fe6ffd0f.txt,6111
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Alternative Curriculum (+ Childrens Fund),2007/08,73.5,,,,,,,,1593.0,CW,line,,001_23223e66fe6ffd0f.txt,6111
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Skills Force,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,6112
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Skills Force,2007/08,0.0,,,,,,,,225.0,MD,line,,001_23223e66fe6ffd0f.txt,6112
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Multi Agency,2008/09,0.0,0.0,370.8,,,370.8,0.0,,370.8,CW,line,,001_23223e66fe6ffd0f.txt,6113
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Multi Agency,2007/08,0.0,,,,,,,,370.8,CW,line,,001_23223e66fe6ffd0f.txt,6113
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,District Teams,2008/09,19.4,865.1,110.0,,,975.1,0.0,,975.1,CW,line,,001_23223e66fe6ffd0f.txt,6114
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,District Teams,2007/08,48.0,,,,,,,,1466.8,CW,line,,001_23223e66fe6ffd0f.txt,6114
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Health needs education service,2008/09,23.5,1230.8,126.7,,,1357.5,0.0,,1357.5,CW,line,,001_23223e66fe6ffd0f.txt,6115
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Health needs education service,2007/08,24.3,,,,,,,,1173.5,CW,line,,001_23223e66fe6ffd0f.txt,6115
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Vulnerable children - base funded,2008/09,10.8,528.6,108.3,,,636.9,0.0,,636.9,CW,line,,001_23223e66fe6ffd0f.txt,6116
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Vulnerable children - base funded,2007/08,5.4,,,,,,,,282.9,CW,line,,001_23223e66fe6ffd0f.txt,6116
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Vulnerable children - CSG funded,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,6117
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Vulnerable children - CSG funded,2007/08,5.4,,,,,,,,271.0,CW,line,,001_23223e66fe6ffd0f.txt,6117
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,School Development Grant - Standard fund,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,6118
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,School Development Grant - Standard fund,2007/08,0.0,,,,,,,,80.0,CW,line,,001_23223e66fe6ffd0f.txt,6118
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Controllable Totals,2008/09,281.8,11058.3,3376.0,1913.0,,16347.3,-5123.9,-168.0,11055.4,,total,,001_23223e66fe6ffd0f.txt,6119
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Controllable Totals,2007/08,269.6,,,,,,,,11045.7,,total,,001_23223e66fe6ffd0f.txt,6119
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Central Overheads,2008/09,,,,,,,,,167.5,,memo,,001_23223e66fe6ffd0f.txt,6121
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Central Overheads,2007/08,,,,,,,,,187.7,,memo,,001_23223e66fe6ffd0f.txt,6121
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Directorate Overheads,2008/09,,,,,,,,,273.0,,memo,,001_23223e66fe6ffd0f.txt,6122
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Directorate Overheads,2007/08,,,,,,,,,265.4,,memo,,001_23223e66fe6ffd0f.txt,6122
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,6123
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Total Cost of Unit,2008/09,281.8,11058.3,3376.0,1913.0,,16347.3,-5123.9,-168.0,11495.9,,total,,001_23223e66fe6ffd0f.txt,6124
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Total Cost of Unit,2007/08,269.6,,,,,,,,11498.8,,total,,001_23223e66fe6ffd0f.txt,6124
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Head of Service - Management and Admin,2008/09,40.4,1747.0,155.8,14.2,,1917.0,-37.5,-123.0,1756.5,CW,line,,001_23223e66fe6ffd0f.txt,6130
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Head of Service - Management and Admin,2007/08,54.9,,,,,,,,2100.0,CW,line,,001_23223e66fe6ffd0f.txt,6130
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Portage,2008/09,12.9,319.5,40.5,,,360.0,-96.3,,263.7,CW,line,,001_23223e66fe6ffd0f.txt,6131
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Portage,2007/08,12.9,,,,,,,,282.9,CW,line,,001_23223e66fe6ffd0f.txt,6131
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Early Years - Inclusion & Equalities - base,2008/09,1.6,55.2,2.3,,,57.5,0.0,,57.5,CW,line,,001_23223e66fe6ffd0f.txt,6132
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Early Years - Inclusion & Equalities - base,2007/08,1.6,,,,,,,,56.1,CW,line,,001_23223e66fe6ffd0f.txt,6132
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Early Years - Inclusion & Equalities - sure start funded,2008/09,5.0,260.1,82.4,,,342.5,0.0,,342.5,CW,line,,001_23223e66fe6ffd0f.txt,6133
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Early Years - Inclusion & Equalities - sure start funded,2007/08,5.0,,,,,,,,342.5,CW,line,,001_23223e66fe6ffd0f.txt,6133
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Vulnerable children - base funded,2008/09,1.0,48.7,1.9,,,50.6,0.0,,50.6,CW,line,,001_23223e66fe6ffd0f.txt,6134
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Vulnerable children - base funded,2007/08,0.5,,,,,,,,25.0,CW,line,,001_23223e66fe6ffd0f.txt,6134
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Vulnerable children - CSG funded,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,6135
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Vulnerable children - CSG funded,2007/08,0.5,,,,,,,,25.0,CW,line,,001_23223e66fe6ffd0f.txt,6135
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,School Development Grant - Standard fund,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,6136
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,School Development Grant - Standard fund,2007/08,0.0,,,,,,,,249.1,CW,line,,001_23223e66fe6ffd0f.txt,6136
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Controllable Totals,2008/09,60.8,2430.5,282.9,14.2,,2727.6,-133.8,-123.0,2470.8,,total,,001_23223e66fe6ffd0f.txt,6137
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Controllable Totals,2007/08,75.3,,,,,,,,3080.5,,total,,001_23223e66fe6ffd0f.txt,6137
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Central Overheads,2008/09,,,,,,,,,27.9,,memo,,001_23223e66fe6ffd0f.txt,6139
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Central Overheads,2007/08,,,,,,,,,39.4,,memo,,001_23223e66fe6ffd0f.txt,6139
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Directorate Overheads,2008/09,,,,,,,,,45.5,,memo,,001_23223e66fe6ffd0f.txt,6140
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Directorate Overheads,2007/08,,,,,,,,,55.7,,memo,,001_23223e66fe6ffd0f.txt,6140
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,6141
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Total Cost of Unit,2008/09,60.8,2430.5,282.9,14.2,,2727.6,-133.8,-123.0,2544.2,,total,,001_23223e66fe6ffd0f.txt,6142
Commissioning Division,"Children, Families & Education",revenue,Attendance and Behaviour Service,,,Total Cost of Unit,2007/08,75.3,,,,,,,,3175.6,,total,,001_23223e66fe6ffd0f.txt,6142
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Educational Psychologists,2008/09,61.6,2946.2,160.2,,,3106.4,-10.0,,3096.4,CW,line,,001_23223e66fe6ffd0f.txt,6148
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Educational Psychologists,2007/08,61.6,,,,,,,,3358.6,CW,line,,001_23223e66fe6ffd0f.txt,6148
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,"Management, Administration and Support",2008/09,14.1,472.2,126.4,,,598.6,-84.0,,514.6,CW,line,,001_23223e66fe6ffd0f.txt,6149
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,"Management, Administration and Support",2007/08,14.1,,,,,,,,174.2,CW,line,,001_23223e66fe6ffd0f.txt,6149
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Every Child Matters - base funded,2008/09,0.0,31.0,34.0,,,65.0,0.0,,65.0,CW,line,,001_23223e66fe6ffd0f.txt,6150
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Every Child Matters - base funded,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,6150
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Controllable Totals,2008/09,75.7,3449.4,320.6,0.0,,3770.0,-94.0,0.0,3676.0,,total,,001_23223e66fe6ffd0f.txt,6151
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Controllable Totals,2007/08,75.7,,,,,,,,3532.8,,total,,001_23223e66fe6ffd0f.txt,6151
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Central Overheads,2008/09,,,,,,,,,38.6,,memo,,001_23223e66fe6ffd0f.txt,6153
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Central Overheads,2007/08,,,,,,,,,42.6,,memo,,001_23223e66fe6ffd0f.txt,6153
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Directorate Overheads,2008/09,,,,,,,,,63.0,,memo,,001_23223e66fe6ffd0f.txt,6154
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Directorate Overheads,2007/08,,,,,,,,,60.3,,memo,,001_23223e66fe6ffd0f.txt,6154
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,6155
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Total Cost of Unit,2008/09,75.7,3449.4,320.6,0.0,,3770.0,-94.0,0.0,3777.6,,total,,001_23223e66fe6ffd0f.txt,6156
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Total Cost of Unit,2007/08,75.7,,,,,,,,3635.7,,total,,001_23223e66fe6ffd0f.txt,6156
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,EMAG Strategic - Standards Fund,2008/09,3.0,143.0,7.0,,,150.0,0.0,,150.0,CW,line,,001_23223e66fe6ffd0f.txt,6162
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,EMAG Strategic - Standards Fund,2007/08,3.5,,,,,,,,164.8,CW,line,,001_23223e66fe6ffd0f.txt,6162
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,MCAS - Base Budget,2008/09,4.5,440.7,84.3,,,525.0,-95.7,,429.3,CW,line,,001_23223e66fe6ffd0f.txt,6163
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,MCAS - Base Budget,2007/08,7.5,,,,,,,,533.1,CW,line,,001_23223e66fe6ffd0f.txt,6163
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Vulnerable Children - base funded,2008/09,20.8,942.8,55.7,,,998.5,0.0,,998.5,CW,line,,001_23223e66fe6ffd0f.txt,6164
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Vulnerable Children - base funded,2007/08,0.0,,,,,,,,514.6,CW,line,,001_23223e66fe6ffd0f.txt,6164
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Vulnerable Children - CSG funded,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,6165
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Vulnerable Children - CSG funded,2007/08,23.9,,,,,,,,478.0,CW,line,,001_23223e66fe6ffd0f.txt,6165
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Controllable Totals,2008/09,28.3,1526.5,147.0,0.0,,1673.5,-95.7,0.0,1577.8,,total,,001_23223e66fe6ffd0f.txt,6166
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Controllable Totals,2007/08,34.9,,,,,,,,1690.5,,total,,001_23223e66fe6ffd0f.txt,6166
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Central Overheads,2008/09,,,,,,,,,17.1,,memo,,001_23223e66fe6ffd0f.txt,6168
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Central Overheads,2007/08,,,,,,,,,21.1,,memo,,001_23223e66fe6ffd0f.txt,6168
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Directorate Overheads,2008/09,,,,,,,,,27.9,,memo,,001_23223e66fe6ffd0f.txt,6169
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Directorate Overheads,2007/08,,,,,,,,,29.9,,memo,,001_23223e66fe6ffd0f.txt,6169
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,6170
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Total Cost of Unit,2008/09,28.3,1526.5,147.0,0.0,,1673.5,-95.7,0.0,1622.8,,total,,001_23223e66fe6ffd0f.txt,6171
Commissioning Division,"Children, Families & Education",revenue,Educational Psychology Service,,,Total Cost of Unit,2007/08,34.9,,,,,,,,1741.6,,total,,001_23223e66fe6ffd0f.txt,6171
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Management and Projects,2008/09,14.0,1031.4,93.9,,,1125.3,0.0,,1125.3,CW,line,,001_23223e66fe6ffd0f.txt,6177
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Management and Projects,2007/08,15.5,,,,,,,,1221.2,CW,line,,001_23223e66fe6ffd0f.txt,6177
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Vulnerable children - base funded,2008/09,8.0,402.6,167.4,,,570.0,0.0,,570.0,CW,line,,001_23223e66fe6ffd0f.txt,6178
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Vulnerable children - base funded,2007/08,4.0,,,,,,,,248.0,CW,line,,001_23223e66fe6ffd0f.txt,6178
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Vulnerable children - CSG funded,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,6179
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Vulnerable children - CSG funded,2007/08,4.0,,,,,,,,248.0,CW,line,,001_23223e66fe6ffd0f.txt,6179
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Controllable Totals,2008/09,22.0,1434.0,261.3,0.0,,1695.3,0.0,0.0,1695.3,,total,,001_23223e66fe6ffd0f.txt,6180
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Controllable Totals,2007/08,23.5,,,,,,,,1717.2,,total,,001_23223e66fe6ffd0f.txt,6180
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Central Overheads,2008/09,,,,,,,,,17.4,,memo,,001_23223e66fe6ffd0f.txt,6182
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Central Overheads,2007/08,,,,,,,,,25.3,,memo,,001_23223e66fe6ffd0f.txt,6182
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Directorate Overheads,2008/09,,,,,,,,,28.3,,memo,,001_23223e66fe6ffd0f.txt,6183
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Directorate Overheads,2007/08,,,,,,,,,35.8,,memo,,001_23223e66fe6ffd0f.txt,6183
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,6184
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Total Cost of Unit,2008/09,22.0,1434.0,261.3,0.0,,1695.3,0.0,0.0,1741.0,,total,,001_23223e66fe6ffd0f.txt,6185
Commissioning Division,"Children, Families & Education",revenue,Joint Commissioning Service,,,Total Cost of Unit,2007/08,23.5,,,,,,,,1778.3,,total,,001_23223e66fe6ffd0f.txt,6185
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Residential Care - independent sector,2008/09,0.0,0.0,0.0,1612.3,,1612.3,0.0,-102.9,1509.4,CW,line,,001_23223e66fe6ffd0f.txt,7628
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Residential Care - independent sector,2007/08,0.0,,,,,,,,1871.1,CW,line,,001_23223e66fe6ffd0f.txt,7628
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Residential Care - Secure Accommodation,2008/09,0.0,0.0,0.0,200.1,,200.1,0.0,,200.1,CW,line,,001_23223e66fe6ffd0f.txt,7629
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Residential Care - Secure Accommodation,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,7629
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Day Care - independent sector,2008/09,0.0,0.0,362.5,,,362.5,0.0,,362.5,CW,line,,001_23223e66fe6ffd0f.txt,7630
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Day Care - independent sector,2007/08,0.0,,,,,,,,575.4,CW,line,,001_23223e66fe6ffd0f.txt,7630
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Fostering payments - non related,2008/09,0.0,0.0,12748.0,,,12748.0,-24.0,,12724.0,CW,line,,001_23223e66fe6ffd0f.txt,7631
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Fostering payments - non related,2007/08,0.0,,,,,,,,13600.6,CW,line,,001_23223e66fe6ffd0f.txt,7631
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Fostering payments - related,2008/09,0.0,0.0,1223.2,,,1223.2,0.0,,1223.2,CW,line,,001_23223e66fe6ffd0f.txt,7632
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Fostering payments - related,2007/08,0.0,,,,,,,,846.6,CW,line,,001_23223e66fe6ffd0f.txt,7632
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Fostering - independent sector,2008/09,0.0,0.0,0.0,1040.2,,1040.2,0.0,,1040.2,CW,line,,001_23223e66fe6ffd0f.txt,7633
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Fostering - independent sector,2007/08,0.0,,,,,,,,778.5,CW,line,,001_23223e66fe6ffd0f.txt,7633
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Adoption payments,2008/09,0.0,0.0,704.8,2825.9,,3530.7,0.0,,3530.7,CW,line,,001_23223e66fe6ffd0f.txt,7634
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Adoption payments,2007/08,0.0,,,,,,,,3326.5,CW,line,,001_23223e66fe6ffd0f.txt,7634
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Family support,2008/09,282.8,8611.3,1420.9,,,10032.2,-457.7,-205.2,9369.3,CW,line,,001_23223e66fe6ffd0f.txt,7635
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Family support,2007/08,305.9,,,,,,,,8779.3,CW,line,,001_23223e66fe6ffd0f.txt,7635
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Section 17,2008/09,0.0,0.0,757.1,,,757.1,0.0,,757.1,CW,line,,001_23223e66fe6ffd0f.txt,7636
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Section 17,2007/08,0.0,,,,,,,,2023.9,CW,line,,001_23223e66fe6ffd0f.txt,7636
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Children's voluntary organisations,2008/09,0.0,0.0,0.0,3657.2,,3657.2,-266.4,,3390.8,CW,line,,001_23223e66fe6ffd0f.txt,7637
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Children's voluntary organisations,2007/08,0.0,,,,,,,,4880.2,CW,line,,001_23223e66fe6ffd0f.txt,7637
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Children's comm and social work,2008/09,473.5,14450.7,932.4,,,15383.1,-1.3,,15381.8,CW,line,,001_23223e66fe6ffd0f.txt,7638
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Children's comm and social work,2007/08,464.9,,,,,,,,15090.3,CW,line,,001_23223e66fe6ffd0f.txt,7638
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Children's Admin,2008/09,3.0,229.9,6.9,,,236.8,0.0,,236.8,CW,line,,001_23223e66fe6ffd0f.txt,7639
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Children's Admin,2007/08,3.0,,,,,,,,188.1,CW,line,,001_23223e66fe6ffd0f.txt,7639
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Kinship Non LAC,2008/09,0.0,0.0,1097.9,,,1097.9,0.0,,1097.9,CW,line,,001_23223e66fe6ffd0f.txt,7640
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Kinship Non LAC,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,7640
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Guardianship,2008/09,0.0,0.0,0.0,292.8,,292.8,0.0,,292.8,CW,line,,001_23223e66fe6ffd0f.txt,7641
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Guardianship,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,7641
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Children's direct payments,2008/09,0.0,0.0,10.8,,,10.8,0.0,,10.8,CW,line,,001_23223e66fe6ffd0f.txt,7642
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Children's direct payments,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,7642
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Controllable Totals,2008/09,759.3,23291.9,19264.5,9628.5,,52184.9,-749.4,-308.1,51127.4,,total,,001_23223e66fe6ffd0f.txt,7643
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Controllable Totals,2007/08,773.8,,,,,,,,51960.5,,total,,001_23223e66fe6ffd0f.txt,7643
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Central Overheads,2008/09,,,,,,,,,534.7,,memo,,001_23223e66fe6ffd0f.txt,7645
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Central Overheads,2007/08,,,,,,,,,626.5,,memo,,001_23223e66fe6ffd0f.txt,7645
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Directorate Overheads,2008/09,,,,,,,,,871.4,,memo,,001_23223e66fe6ffd0f.txt,7646
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Directorate Overheads,2007/08,,,,,,,,,886.1,,memo,,001_23223e66fe6ffd0f.txt,7646
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,7647
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Total Cost of Unit,2008/09,759.3,23291.9,19264.5,9628.5,,52184.9,-749.4,-308.1,52533.5,,total,,001_23223e66fe6ffd0f.txt,7648
Children's Social Services,"Children, Families & Education",revenue,District Summary,,,Total Cost of Unit,2007/08,773.8,,,,,,,,53473.0,,total,,001_23223e66fe6ffd0f.txt,7648
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Residential Care - KCC,2008/09,55.5,1793.2,183.7,74.2,,2051.1,-25.0,,2026.1,CW,line,,001_23223e66fe6ffd0f.txt,7658
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Residential Care - KCC,2007/08,67.0,,,,,,,,2487.4,CW,line,,001_23223e66fe6ffd0f.txt,7658
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Residential Care - independent sector,2008/09,0.0,0.0,0.0,1560.5,,1560.5,0.0,-300.3,1260.2,CW,line,,001_23223e66fe6ffd0f.txt,7659
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Residential Care - independent sector,2007/08,0.0,,,,,,,,1118.5,CW,line,,001_23223e66fe6ffd0f.txt,7659
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Residential Care - not looked after,2008/09,0.0,0.0,0.0,664.4,,664.4,0.0,-7.3,657.1,CW,line,,001_23223e66fe6ffd0f.txt,7660
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Residential Care - not looked after,2007/08,0.0,,,,,,,,466.6,CW,line,,001_23223e66fe6ffd0f.txt,7660
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Day Care - independent sector,2008/09,0.0,0.0,557.3,,,557.3,0.0,,557.3,CW,line,,001_23223e66fe6ffd0f.txt,7661
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Day Care - independent sector,2007/08,0.0,,,,,,,,910.2,CW,line,,001_23223e66fe6ffd0f.txt,7661
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Fostering payments - non related,2008/09,0.0,0.0,1090.2,,,1090.2,-0.3,,1089.9,CW,line,,001_23223e66fe6ffd0f.txt,7662
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Fostering payments - non related,2007/08,0.0,,,,,,,,1015.6,CW,line,,001_23223e66fe6ffd0f.txt,7662
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Fostering payments - related,2008/09,0.0,0.0,44.8,,,44.8,0.0,,44.8,CW,line,,001_23223e66fe6ffd0f.txt,7663
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Fostering payments - related,2007/08,0.0,,,,,,,,57.0,CW,line,,001_23223e66fe6ffd0f.txt,7663
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Fostering - independent sector,2008/09,0.0,0.0,0.0,148.4,,148.4,0.0,,148.4,CW,line,,001_23223e66fe6ffd0f.txt,7664
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Fostering - independent sector,2007/08,0.0,,,,,,,,136.6,CW,line,,001_23223e66fe6ffd0f.txt,7664
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Adoption payments,2008/09,0.0,0.0,103.1,243.4,,346.5,0.0,,346.5,CW,line,,001_23223e66fe6ffd0f.txt,7665
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Adoption payments,2007/08,0.0,,,,,,,,274.0,CW,line,,001_23223e66fe6ffd0f.txt,7665
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Family support,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,7666
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Family support,2007/08,0.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,7666
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Section 17,2008/09,0.0,0.0,112.7,,,112.7,-4.8,,107.9,CW,line,,001_23223e66fe6ffd0f.txt,7667
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Section 17,2007/08,0.0,,,,,,,,315.2,CW,line,,001_23223e66fe6ffd0f.txt,7667
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Children's voluntary organisations,2008/09,0.0,0.0,58.0,1056.8,,1114.8,0.0,,1114.8,CW,line,,001_23223e66fe6ffd0f.txt,7668
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Children's voluntary organisations,2007/08,0.0,,,,,,,,913.5,CW,line,,001_23223e66fe6ffd0f.txt,7668
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Children's direct payments,2008/09,0.0,0.0,836.3,,,836.3,0.0,,836.3,CW,line,,001_23223e66fe6ffd0f.txt,7669
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Children's direct payments,2007/08,0.0,,,,,,,,289.9,CW,line,,001_23223e66fe6ffd0f.txt,7669
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Children's comm and social work,2008/09,62.5,1953.9,113.7,,,2067.6,-15.0,,2052.6,CW,line,,001_23223e66fe6ffd0f.txt,7670
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Children's comm and social work,2007/08,60.3,,,,,,,,2033.9,CW,line,,001_23223e66fe6ffd0f.txt,7670
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Children's admin,2008/09,20.0,888.0,254.9,,,1142.9,0.0,,1142.9,CW,line,,001_23223e66fe6ffd0f.txt,7671
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Children's admin,2007/08,10.2,,,,,,,,260.6,CW,line,,001_23223e66fe6ffd0f.txt,7671
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Controllable Totals,2008/09,138.0,4635.1,3354.7,3747.7,,11737.5,-45.1,-307.6,11384.8,,total,,001_23223e66fe6ffd0f.txt,7672
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Controllable Totals,2007/08,137.5,,,,,,,,10279.0,,total,,001_23223e66fe6ffd0f.txt,7672
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Central Overheads,2008/09,,,,,,,,,120.3,,memo,,001_23223e66fe6ffd0f.txt,7674
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Central Overheads,2007/08,,,,,,,,,127.1,,memo,,001_23223e66fe6ffd0f.txt,7674
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Directorate Overheads,2008/09,,,,,,,,,196.0,,memo,,001_23223e66fe6ffd0f.txt,7675
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Directorate Overheads,2007/08,,,,,,,,,179.8,,memo,,001_23223e66fe6ffd0f.txt,7675
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,7676
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Total Cost of Unit,2008/09,138.0,4635.1,3354.7,3747.7,,11737.5,-45.1,-307.6,11701.1,,total,,001_23223e66fe6ffd0f.txt,7677
Children's Social Services,"Children, Families & Education",revenue,Disability and Specialist Services,,,Total Cost of Unit,2007/08,137.5,,,,,,,,10585.9,,total,,001_23223e66fe6ffd0f.txt,7677
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,County Fostering Team,2008/09,84.8,2592.4,621.0,,,3213.4,-72.8,,3140.6,CW,line,,001_23223e66fe6ffd0f.txt,7687
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,County Fostering Team,2007/08,83.8,,,,,,,,2894.5,CW,line,,001_23223e66fe6ffd0f.txt,7687
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,County Adoption Team,2008/09,59.0,1954.3,340.1,,,2294.4,-21.8,,2272.6,CW,line,,001_23223e66fe6ffd0f.txt,7688
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,County Adoption Team,2007/08,58.2,,,,,,,,2179.3,CW,line,,001_23223e66fe6ffd0f.txt,7688
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Link Placements,2008/09,5.3,187.4,48.9,,,236.3,0.0,,236.3,CW,line,,001_23223e66fe6ffd0f.txt,7689
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Link Placements,2007/08,3.8,,,,,,,,232.1,CW,line,,001_23223e66fe6ffd0f.txt,7689
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Controllable Totals,2008/09,149.1,4734.1,1010.0,0.0,,5744.1,-94.6,0.0,5649.5,,total,,001_23223e66fe6ffd0f.txt,7690
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Controllable Totals,2007/08,145.8,,,,,,,,5305.9,,total,,001_23223e66fe6ffd0f.txt,7690
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Central Overheads,2008/09,,,,,,,,,58.9,,memo,,001_23223e66fe6ffd0f.txt,7692
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Central Overheads,2007/08,,,,,,,,,63.8,,memo,,001_23223e66fe6ffd0f.txt,7692
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Directorate Overheads,2008/09,,,,,,,,,95.9,,memo,,001_23223e66fe6ffd0f.txt,7693
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Directorate Overheads,2007/08,,,,,,,,,90.3,,memo,,001_23223e66fe6ffd0f.txt,7693
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,7694
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Total Cost of Unit,2008/09,149.1,4734.1,1010.0,0.0,,5744.1,-94.6,0.0,5804.3,,total,,001_23223e66fe6ffd0f.txt,7695
Children's Social Services,"Children, Families & Education",revenue,Fostering and Adoption,,,Total Cost of Unit,2007/08,145.8,,,,,,,,5460.0,,total,,001_23223e66fe6ffd0f.txt,7695
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Family support,2008/09,0.0,0.0,123.0,,,123.0,-12.6,,110.4,CW,line,,001_23223e66fe6ffd0f.txt,7705
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Family support,2007/08,,,,,,,,,110.4,CW,line,,001_23223e66fe6ffd0f.txt,7705
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Children's voluntary organisations,2008/09,0.0,0.0,114.3,817.4,,931.7,0.0,,931.7,CW,line,,001_23223e66fe6ffd0f.txt,7706
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Children's voluntary organisations,2007/08,,,,,,,,,1482.1,CW,line,,001_23223e66fe6ffd0f.txt,7706
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Teenage pregnancy,2008/09,0.0,0.0,706.0,,,706.0,0.0,,706.0,CW,line,,001_23223e66fe6ffd0f.txt,7707
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Teenage pregnancy,2007/08,,,,,,,,,526.0,CW,line,,001_23223e66fe6ffd0f.txt,7707
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Section 17,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,7708
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Section 17,2007/08,,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,7708
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Legal,2008/09,0.0,0.0,2163.5,,,2163.5,0.0,,2163.5,CW,line,,001_23223e66fe6ffd0f.txt,7709
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Legal,2007/08,,,,,,,,,2130.3,CW,line,,001_23223e66fe6ffd0f.txt,7709
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,other services support,2008/09,45.2,1464.9,552.5,,,2017.4,-0.1,-40.0,1977.3,CW,line,,001_23223e66fe6ffd0f.txt,7710
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,other services support,2007/08,43.2,,,,,,,,1227.0,CW,line,,001_23223e66fe6ffd0f.txt,7710
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Children's comm and social work,2008/09,0.0,62.8,109.2,,,172.0,0.0,,172.0,CW,line,,001_23223e66fe6ffd0f.txt,7711
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Children's comm and social work,2007/08,,,,,,,,,170.9,CW,line,,001_23223e66fe6ffd0f.txt,7711
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Controllable Totals,2008/09,45.2,1527.7,3768.5,817.4,,6113.6,-12.7,-40.0,6060.9,,total,,001_23223e66fe6ffd0f.txt,7712
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Controllable Totals,2007/08,43.2,,,,,,,,5646.7,,total,,001_23223e66fe6ffd0f.txt,7712
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Central Overheads,2008/09,,,,,,,,,62.6,,memo,,001_23223e66fe6ffd0f.txt,7714
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Central Overheads,2007/08,,,,,,,,,66.9,,memo,,001_23223e66fe6ffd0f.txt,7714
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Directorate Overheads,2008/09,,,,,,,,,102.1,,memo,,001_23223e66fe6ffd0f.txt,7715
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Directorate Overheads,2007/08,,,,,,,,,94.6,,memo,,001_23223e66fe6ffd0f.txt,7715
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,7716
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Total Cost of Unit,2008/09,45.2,1527.7,3768.5,817.4,,6113.6,-12.7,-40.0,6225.6,,total,,001_23223e66fe6ffd0f.txt,7717
Children's Social Services,"Children, Families & Education",revenue,Business Planning and Management Unit,,,Total Cost of Unit,2007/08,43.2,,,,,,,,5808.2,,total,,001_23223e66fe6ffd0f.txt,7717
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Children's voluntary organisations,2008/09,0.0,0.0,1969.3,,,1969.3,-131.9,,1837.4,CW,line,,001_23223e66fe6ffd0f.txt,7727
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Children's voluntary organisations,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,7727
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Early Years,2008/09,0.0,0.0,80.0,,,80.0,-80.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,7728
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Early Years,2007/08,0.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,7728
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Family support,2008/09,0.0,447.1,194.6,,,641.7,-284.3,,357.4,CW,line,,001_23223e66fe6ffd0f.txt,7729
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Family support,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,7729
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Controllable Totals,2008/09,0.0,447.1,2243.9,0.0,,2691.0,-496.2,0.0,2194.8,,total,,001_23223e66fe6ffd0f.txt,7730
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Controllable Totals,2007/08,0.0,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,7730
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Central Overheads,2008/09,,,,,,,,,27.6,,memo,,001_23223e66fe6ffd0f.txt,7732
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,7732
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Directorate Overheads,2008/09,,,,,,,,,44.9,,memo,,001_23223e66fe6ffd0f.txt,7733
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,7733
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,7734
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Total Cost of Unit,2008/09,0.0,447.1,2243.9,0.0,,2691.0,-496.2,0.0,2267.3,,total,,001_23223e66fe6ffd0f.txt,7735
Children's Social Services,"Children, Families & Education",revenue,Director of Children Social Services,,,Total Cost of Unit,2007/08,0.0,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,7735
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Family Group Conference,2008/09,31.6,1013.7,115.2,,,1128.9,-96.5,-144.7,887.7,CW,line,,001_23223e66fe6ffd0f.txt,7745
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Family Group Conference,2007/08,31.6,,,,,,,,867.0,CW,line,,001_23223e66fe6ffd0f.txt,7745
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Controllable Totals,2008/09,31.6,1013.7,115.2,0.0,,1128.9,-96.5,-144.7,887.7,,total,,001_23223e66fe6ffd0f.txt,7746
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Controllable Totals,2007/08,31.6,,,,,,,,867.0,,total,,001_23223e66fe6ffd0f.txt,7746
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Central Overheads,2008/09,,,,,,,,,11.6,,memo,,001_23223e66fe6ffd0f.txt,7748
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Central Overheads,2007/08,,,,,,,,,13.1,,memo,,001_23223e66fe6ffd0f.txt,7748
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Directorate Overheads,2008/09,,,,,,,,,18.9,,memo,,001_23223e66fe6ffd0f.txt,7749
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Directorate Overheads,2007/08,,,,,,,,,18.5,,memo,,001_23223e66fe6ffd0f.txt,7749
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,7750
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Total Cost of Unit,2008/09,31.6,1013.7,115.2,0.0,,1128.9,-96.5,-144.7,918.2,,total,,001_23223e66fe6ffd0f.txt,7751
Children's Social Services,"Children, Families & Education",revenue,Family Group Conference,,,Total Cost of Unit,2007/08,31.6,,,,,,,,898.6,,total,,001_23223e66fe6ffd0f.txt,7751
Children's Social Services,"Children, Families & Education",revenue,16+,,,16+ Team,2008/09,12.6,937.7,-284.0,1403.4,,2057.1,0.0,,2057.1,CW,line,,001_23223e66fe6ffd0f.txt,7761
Children's Social Services,"Children, Families & Education",revenue,16+,,,16+ Team,2007/08,13.0,,,,,,,,2044.3,CW,line,,001_23223e66fe6ffd0f.txt,7761
Children's Social Services,"Children, Families & Education",revenue,16+,,,Leaving Care - Relevant Children,2008/09,0.0,0.0,426.1,,,426.1,0.0,,426.1,CW,line,,001_23223e66fe6ffd0f.txt,7762
Children's Social Services,"Children, Families & Education",revenue,16+,,,Leaving Care - Relevant Children,2007/08,0.0,,,,,,,,426.1,CW,line,,001_23223e66fe6ffd0f.txt,7762
Children's Social Services,"Children, Families & Education",revenue,16+,,,Section 24/Leaving Care,2008/09,0.0,0.0,929.7,,,929.7,0.0,,929.7,CW,line,,001_23223e66fe6ffd0f.txt,7763
Children's Social Services,"Children, Families & Education",revenue,16+,,,Section 24/Leaving Care,2007/08,0.0,,,,,,,,929.7,CW,line,,001_23223e66fe6ffd0f.txt,7763
Children's Social Services,"Children, Families & Education",revenue,16+,,,Residential Care - independent sector,2008/09,0.0,0.0,0.0,471.4,,471.4,0.0,,471.4,CW,line,,001_23223e66fe6ffd0f.txt,7764
Children's Social Services,"Children, Families & Education",revenue,16+,,,Residential Care - independent sector,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,7764
Children's Social Services,"Children, Families & Education",revenue,16+,,,Fostering payments - non related,2008/09,0.0,0.0,1790.3,,,1790.3,0.0,,1790.3,CW,line,,001_23223e66fe6ffd0f.txt,7765
Children's Social Services,"Children, Families & Education",revenue,16+,,,Fostering payments - non related,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,7765
Children's Social Services,"Children, Families & Education",revenue,16+,,,Fostering - independent sector,2008/09,0.0,0.0,0.0,313.4,,313.4,0.0,,313.4,CW,line,,001_23223e66fe6ffd0f.txt,7766
Children's Social Services,"Children, Families & Education",revenue,16+,,,Fostering - independent sector,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,7766
Children's Social Services,"Children, Families & Education",revenue,16+,,,Controllable Totals,2008/09,12.6,937.7,2862.1,2188.2,,5988.0,0.0,0.0,5988.0,,total,,001_23223e66fe6ffd0f.txt,7767
Children's Social Services,"Children, Families & Education",revenue,16+,,,Controllable Totals,2007/08,13.0,,,,,,,,3400.1,,total,,001_23223e66fe6ffd0f.txt,7767
Children's Social Services,"Children, Families & Education",revenue,16+,,,Central Overheads,2008/09,,,,,,,,,61.4,,memo,,001_23223e66fe6ffd0f.txt,7769
Children's Social Services,"Children, Families & Education",revenue,16+,,,Central Overheads,2007/08,,,,,,,,,40.2,,memo,,001_23223e66fe6ffd0f.txt,7769
Children's Social Services,"Children, Families & Education",revenue,16+,,,Directorate Overheads,2008/09,,,,,,,,,100.0,,memo,,001_23223e66fe6ffd0f.txt,7770
Children's Social Services,"Children, Families & Education",revenue,16+,,,Directorate Overheads,2007/08,,,,,,,,,56.9,,memo,,001_23223e66fe6ffd0f.txt,7770
Children's Social Services,"Children, Families & Education",revenue,16+,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,7771
Children's Social Services,"Children, Families & Education",revenue,16+,,,Total Cost of Unit,2008/09,12.6,937.7,2862.1,2188.2,,5988.0,0.0,0.0,6149.4,,total,,001_23223e66fe6ffd0f.txt,7772
Children's Social Services,"Children, Families & Education",revenue,16+,,,Total Cost of Unit,2007/08,13.0,,,,,,,,3497.2,,total,,001_23223e66fe6ffd0f.txt,7772
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Duty & Assessment,2008/09,7.0,361.3,738.7,,,1100.0,-1100.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,7782
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Duty & Assessment,2007/08,7.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,7782
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Reception,2008/09,21.5,1034.3,1065.7,,,2100.0,-2100.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,7783
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Reception,2007/08,21.5,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,7783
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Kings Hill - Transitions,2008/09,23.0,498.7,2001.3,,,2500.0,-2500.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,7784
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Kings Hill - Transitions,2007/08,23.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,7784
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Dover - Transitions,2008/09,17.3,334.4,2465.6,,,2800.0,-2800.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,7785
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Dover - Transitions,2007/08,17.3,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,7785
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Headquarters,2008/09,8.5,341.5,58.5,,,400.0,-400.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,7786
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Headquarters,2007/08,8.5,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,7786
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,DfES 18+,2008/09,0.0,625.0,3925.0,,,4550.0,-4550.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,7787
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,DfES 18+,2007/08,0.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,7787
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Controllable Totals,2008/09,77.3,3195.2,10254.8,0.0,,13450.0,-13450.0,0.0,0.0,,total,,001_23223e66fe6ffd0f.txt,7788
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Controllable Totals,2007/08,77.3,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,7788
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Central Overheads,2008/09,,,,,,,,,137.8,,memo,,001_23223e66fe6ffd0f.txt,7790
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Central Overheads,2007/08,,,,,,,,,156.0,,memo,,001_23223e66fe6ffd0f.txt,7790
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Directorate Overheads,2008/09,,,,,,,,,224.6,,memo,,001_23223e66fe6ffd0f.txt,7791
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Directorate Overheads,2007/08,,,,,,,,,220.7,,memo,,001_23223e66fe6ffd0f.txt,7791
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,7792
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Total Cost of Unit,2008/09,77.3,3195.2,10254.8,0.0,,13450.0,-13450.0,0.0,362.4,,total,,001_23223e66fe6ffd0f.txt,7793
Children's Social Services,"Children, Families & Education",revenue,Asylum,,,Total Cost of Unit,2007/08,77.3,,,,,,,,376.7,,total,,001_23223e66fe6ffd0f.txt,7793
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Out of hours,2008/09,18.6,1136.2,59.6,,,1195.8,-683.7,-100.0,412.1,CW,line,,001_23223e66fe6ffd0f.txt,7803
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Out of hours,2007/08,19.6,,,,,,,,405.6,CW,line,,001_23223e66fe6ffd0f.txt,7803
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Controllable Totals,2008/09,18.6,1136.2,59.6,0.0,,1195.8,-683.7,-100.0,412.1,,total,,001_23223e66fe6ffd0f.txt,7804
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Controllable Totals,2007/08,19.6,,,,,,,,405.6,,total,,001_23223e66fe6ffd0f.txt,7804
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Central Overheads,2008/09,,,,,,,,,12.3,,memo,,001_23223e66fe6ffd0f.txt,7806
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Central Overheads,2007/08,,,,,,,,,14.1,,memo,,001_23223e66fe6ffd0f.txt,7806
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Directorate Overheads,2008/09,,,,,,,,,20.0,,memo,,001_23223e66fe6ffd0f.txt,7807
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Directorate Overheads,2007/08,,,,,,,,,19.9,,memo,,001_23223e66fe6ffd0f.txt,7807
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,7808
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Total Cost of Unit,2008/09,18.6,1136.2,59.6,0.0,,1195.8,-683.7,-100.0,444.4,,total,,001_23223e66fe6ffd0f.txt,7809
Children's Social Services,"Children, Families & Education",revenue,Out of Hours,,,Total Cost of Unit,2007/08,19.6,,,,,,,,439.6,,total,,001_23223e66fe6ffd0f.txt,7809
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Early Years - East,2008/09,0.0,0.0,168.7,,,168.7,0.0,,168.7,CW,line,,001_23223e66fe6ffd0f.txt,7819
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Early Years - East,2007/08,0.0,,,,,,,,168.7,CW,line,,001_23223e66fe6ffd0f.txt,7819
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Early Years - Mid,2008/09,0.0,0.0,190.7,,,190.7,0.0,,190.7,CW,line,,001_23223e66fe6ffd0f.txt,7820
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Early Years - Mid,2007/08,0.0,,,,,,,,190.7,CW,line,,001_23223e66fe6ffd0f.txt,7820
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Early Years - West,2008/09,7.6,97.5,118.5,,,216.0,0.0,,216.0,CW,line,,001_23223e66fe6ffd0f.txt,7821
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Early Years - West,2007/08,7.5,,,,,,,,213.8,CW,line,,001_23223e66fe6ffd0f.txt,7821
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Controllable Totals,2008/09,7.6,97.5,477.9,0.0,,575.4,0.0,0.0,575.4,,total,,001_23223e66fe6ffd0f.txt,7822
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Controllable Totals,2007/08,7.5,,,,,,,,573.2,,total,,001_23223e66fe6ffd0f.txt,7822
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Central Overheads,2008/09,,,,,,,,,5.9,,memo,,001_23223e66fe6ffd0f.txt,7824
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Central Overheads,2007/08,,,,,,,,,44.1,,memo,,001_23223e66fe6ffd0f.txt,7824
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Directorate Overheads,2008/09,,,,,,,,,9.6,,memo,,001_23223e66fe6ffd0f.txt,7825
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Directorate Overheads,2007/08,,,,,,,,,10.9,,memo,,001_23223e66fe6ffd0f.txt,7825
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,7826
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Total Cost of Unit,2008/09,7.6,97.5,477.9,0.0,,575.4,0.0,0.0,590.9,,total,,001_23223e66fe6ffd0f.txt,7827
Children's Social Services,"Children, Families & Education",revenue,Early Years (Children Social Services),,,Total Cost of Unit,2007/08,7.5,,,,,,,,628.2,,total,,001_23223e66fe6ffd0f.txt,7827
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Curriculum support and widening opportunities- base,2008/09,19.6,944.4,341.8,,,1286.2,-160.0,,1126.2,CW,line,,001_23223e66fe6ffd0f.txt,9124
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Curriculum support and widening opportunities- base,2007/08,13.4,,,,,,,,1116.9,CW,line,,001_23223e66fe6ffd0f.txt,9124
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Senior secondary advisers,2008/09,6.0,409.5,47.0,,,456.5,0.0,,456.5,CW,line,,001_23223e66fe6ffd0f.txt,9125
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Senior secondary advisers,2007/08,6.0,,,,,,,,446.5,CW,line,,001_23223e66fe6ffd0f.txt,9125
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,14-19 - standards fund,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,9126
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,14-19 - standards fund,2007/08,0.0,,,,,,,,159.7,MD,line,,001_23223e66fe6ffd0f.txt,9126
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,School intervention project - standards fund (ABG),2008/09,0.0,0.0,102.4,,,102.4,0.0,,102.4,CW,line,,001_23223e66fe6ffd0f.txt,9127
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,School intervention project - standards fund (ABG),2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9127
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Secondary strategy - standards fund (ABG and base),2008/09,19.0,1345.1,159.4,,,1504.5,0.0,,1504.5,CW,line,,001_23223e66fe6ffd0f.txt,9128
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Secondary strategy - standards fund (ABG and base),2007/08,19.0,,,,,,,,1496.4,CW,line,,001_23223e66fe6ffd0f.txt,9128
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Controllable Totals,2008/09,44.6,2699.0,650.6,0.0,,3349.6,-160.0,0.0,3189.6,,total,,001_23223e66fe6ffd0f.txt,9129
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Controllable Totals,2007/08,38.4,,,,,,,,3219.5,,total,,001_23223e66fe6ffd0f.txt,9129
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Central Overheads,2008/09,,,,,,,,,34.3,,memo,,001_23223e66fe6ffd0f.txt,9131
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Central Overheads,2007/08,,,,,,,,,217.6,,memo,,001_23223e66fe6ffd0f.txt,9131
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Directorate Overheads,2008/09,,,,,,,,,55.9,,memo,,001_23223e66fe6ffd0f.txt,9132
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Directorate Overheads,2007/08,,,,,,,,,53.8,,memo,,001_23223e66fe6ffd0f.txt,9132
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,9133
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Total Cost of Unit,2008/09,44.6,2699.0,650.6,0.0,,3349.6,-160.0,0.0,3279.8,,total,,001_23223e66fe6ffd0f.txt,9134
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Secondary,,,Total Cost of Unit,2007/08,38.4,,,,,,,,3490.9,,total,,001_23223e66fe6ffd0f.txt,9134
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Primary ASTs,2008/09,14.6,570.2,105.6,,,675.8,0.0,,675.8,CW,line,,001_23223e66fe6ffd0f.txt,9146
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Primary ASTs,2007/08,10.0,,,,,,,,591.5,CW,line,,001_23223e66fe6ffd0f.txt,9146
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Quest - PRG,2008/09,10.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9147
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Quest - PRG,2007/08,10.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9147
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Primary strategy - base,2008/09,3.0,193.3,0.0,,,193.3,0.0,,193.3,CW,line,,001_23223e66fe6ffd0f.txt,9148
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Primary strategy - base,2007/08,0.0,,,,,,,,168.6,CW,line,,001_23223e66fe6ffd0f.txt,9148
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Primary strategy - standards fund (ABG and base),2008/09,27.2,858.7,257.8,,,1116.5,0.0,,1116.5,CW,line,,001_23223e66fe6ffd0f.txt,9149
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Primary strategy - standards fund (ABG and base),2007/08,27.0,,,,,,,,1702.1,CW,line,,001_23223e66fe6ffd0f.txt,9149
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Primary languages - standards fund (ABG and Base),2008/09,0.5,101.7,24.0,,,125.7,0.0,,125.7,CW,line,,001_23223e66fe6ffd0f.txt,9150
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Primary languages - standards fund (ABG and Base),2007/08,0.5,,,,,,,,250.7,CW,line,,001_23223e66fe6ffd0f.txt,9150
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Hands on support - standards fund (ABG),2008/09,4.0,151.0,24.0,,,175.0,0.0,,175.0,CW,line,,001_23223e66fe6ffd0f.txt,9151
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Hands on support - standards fund (ABG),2007/08,6.0,,,,,,,,170.0,CW,line,,001_23223e66fe6ffd0f.txt,9151
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,ICT infrastructure and Whiteboard - standards fund (ABG),2008/09,4.8,249.0,51.2,,,300.2,0.0,,300.2,CW,line,,001_23223e66fe6ffd0f.txt,9152
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,ICT infrastructure and Whiteboard - standards fund (ABG),2007/08,3.0,,,,,,,,325.2,CW,line,,001_23223e66fe6ffd0f.txt,9152
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Reading recovery - base,2008/09,2.0,0.0,235.0,,,235.0,0.0,,235.0,CW,line,,001_23223e66fe6ffd0f.txt,9153
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Reading recovery - base,2007/08,2.0,,,,,,,,235.0,CW,line,,001_23223e66fe6ffd0f.txt,9153
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,School intervention project - standards fund (ABG),2008/09,0.0,0.0,307.2,,,307.2,0.0,,307.2,CW,line,,001_23223e66fe6ffd0f.txt,9154
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,School intervention project - standards fund (ABG),2007/08,0.0,,,,,,,,409.6,CW,line,,001_23223e66fe6ffd0f.txt,9154
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,School improvement partners - standards fund (ABG),2008/09,0.2,232.5,194.9,,,427.4,0.0,,427.4,CW,line,,001_23223e66fe6ffd0f.txt,9155
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,School improvement partners - standards fund (ABG),2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9155
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Advisory headteachers (locums) - base,2008/09,11.2,510.2,51.5,,,561.7,-150.0,,411.7,CW,line,,001_23223e66fe6ffd0f.txt,9156
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Advisory headteachers (locums) - base,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9156
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,School improvement advisers - base,2008/09,10.0,618.4,37.1,,,655.5,0.0,,655.5,CW,line,,001_23223e66fe6ffd0f.txt,9157
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,School improvement advisers - base,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9157
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Controllable Totals,2008/09,87.5,3485.0,1288.3,0.0,,4773.3,-150.0,0.0,4623.3,,total,,001_23223e66fe6ffd0f.txt,9158
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Controllable Totals,2007/08,58.5,,,,,,,,3852.7,,total,,001_23223e66fe6ffd0f.txt,9158
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Central Overheads,2008/09,,,,,,,,,48.9,,memo,,001_23223e66fe6ffd0f.txt,9160
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Central Overheads,2007/08,,,,,,,,,260.4,,memo,,001_23223e66fe6ffd0f.txt,9160
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Directorate Overheads,2008/09,,,,,,,,,79.7,,memo,,001_23223e66fe6ffd0f.txt,9161
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Directorate Overheads,2007/08,,,,,,,,,64.4,,memo,,001_23223e66fe6ffd0f.txt,9161
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,9162
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Total Cost of Unit,2008/09,87.5,3485.0,1288.3,0.0,,4773.3,-150.0,0.0,4751.9,,total,,001_23223e66fe6ffd0f.txt,9163
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Primary,,,Total Cost of Unit,2007/08,58.5,,,,,,,,4177.5,,total,,001_23223e66fe6ffd0f.txt,9163
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Graduate Leader Fund - sure start grant,2008/09,0.0,522.9,522.8,,,1045.7,0.0,,1045.7,CW,line,,001_23223e66fe6ffd0f.txt,9173
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Graduate Leader Fund - sure start grant,2007/08,0.0,,,,,,,,2174.0,CW,line,,001_23223e66fe6ffd0f.txt,9173
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,West Kent treasure chest - sure start grant,2008/09,2.0,40.0,25.0,,,65.0,0.0,,65.0,CW,line,,001_23223e66fe6ffd0f.txt,9174
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,West Kent treasure chest - sure start grant,2007/08,2.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9174
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Childcare playbus - sure start grant,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9175
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Childcare playbus - sure start grant,2007/08,1.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9175
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Aylesham treasure chest - sure start grant,2008/09,3.8,110.0,10.0,,,120.0,0.0,,120.0,CW,line,,001_23223e66fe6ffd0f.txt,9176
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Aylesham treasure chest - sure start grant,2007/08,4.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9176
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Early years - sure start grant,2008/09,9.2,716.3,654.9,,,1371.2,0.0,,1371.2,CW,line,,001_23223e66fe6ffd0f.txt,9177
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Early years - sure start grant,2007/08,14.0,,,,,,,,1392.3,CW,line,,001_23223e66fe6ffd0f.txt,9177
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Early years training and quality team - base,2008/09,16.3,557.8,1253.6,,,1811.4,-11.5,,1799.9,CW,line,,001_23223e66fe6ffd0f.txt,9178
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Early years training and quality team - base,2007/08,12.0,,,,,,,,1218.8,CW,line,,001_23223e66fe6ffd0f.txt,9178
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Early years leadership and management team - base,2008/09,19.1,1029.4,79.4,,,1108.8,0.0,,1108.8,CW,line,,001_23223e66fe6ffd0f.txt,9179
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Early years leadership and management team - base,2007/08,6.0,,,,,,,,1053.2,CW,line,,001_23223e66fe6ffd0f.txt,9179
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Out of school - sure start grant,2008/09,1.4,106.0,153.0,,,259.0,0.0,,259.0,CW,line,,001_23223e66fe6ffd0f.txt,9180
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Out of school - sure start grant,2007/08,6.0,,,,,,,,92.4,CW,line,,001_23223e66fe6ffd0f.txt,9180
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Controllable Totals,2008/09,51.8,3082.4,2698.7,0.0,,5781.1,-11.5,0.0,5769.6,,total,,001_23223e66fe6ffd0f.txt,9181
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Controllable Totals,2007/08,45.0,,,,,,,,5930.7,,total,,001_23223e66fe6ffd0f.txt,9181
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Central Overheads,2008/09,,,,,,,,,59.2,,memo,,001_23223e66fe6ffd0f.txt,9183
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Central Overheads,2007/08,,,,,,,,,400.8,,memo,,001_23223e66fe6ffd0f.txt,9183
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Directorate Overheads,2008/09,,,,,,,,,96.5,,memo,,001_23223e66fe6ffd0f.txt,9184
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Directorate Overheads,2007/08,,,,,,,,,99.2,,memo,,001_23223e66fe6ffd0f.txt,9184
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,9185
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Total Cost of Unit,2008/09,51.8,3082.4,2698.7,0.0,,5781.1,-11.5,0.0,5925.3,,total,,001_23223e66fe6ffd0f.txt,9186
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Early Years,,,Total Cost of Unit,2007/08,45.0,,,,,,,,6430.7,,total,,001_23223e66fe6ffd0f.txt,9186
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Leadership advisers - base,2008/09,9.0,334.9,51.0,,,385.9,0.0,,385.9,CW,line,,001_23223e66fe6ffd0f.txt,9196
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Leadership advisers - base,2007/08,3.0,,,,,,,,361.1,CW,line,,001_23223e66fe6ffd0f.txt,9196
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Secondary ASTs - base,2008/09,6.2,545.6,94.1,,,639.7,0.0,,639.7,CW,line,,001_23223e66fe6ffd0f.txt,9197
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Secondary ASTs - base,2007/08,9.0,,,,,,,,626.6,CW,line,,001_23223e66fe6ffd0f.txt,9197
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,School based ASTs - standards fund (ABG),2008/09,0.0,0.0,45.3,,,45.3,0.0,,45.3,CW,line,,001_23223e66fe6ffd0f.txt,9198
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,School based ASTs - standards fund (ABG),2007/08,0.0,,,,,,,,45.3,CW,line,,001_23223e66fe6ffd0f.txt,9198
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Secondary transformation - base,2008/09,9.0,1117.6,79.7,,,1197.3,-1197.3,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9199
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Secondary transformation - base,2007/08,9.0,,,,,,,,1120.0,CW,line,,001_23223e66fe6ffd0f.txt,9199
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Primary excellence project - base,2008/09,26.0,1581.6,136.3,,,1717.9,0.0,,1717.9,CW,line,,001_23223e66fe6ffd0f.txt,9200
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Primary excellence project - base,2007/08,23.0,,,,,,,,1838.6,CW,line,,001_23223e66fe6ffd0f.txt,9200
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Local Learning Networks,2008/09,3.0,100.0,0.0,,,100.0,0.0,,100.0,CW,line,,001_23223e66fe6ffd0f.txt,9201
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Local Learning Networks,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9201
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,"Inclusion, achievement and gifted and talented - base",2008/09,7.2,504.2,78.8,,,583.0,0.0,,583.0,CW,line,,001_23223e66fe6ffd0f.txt,9202
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,"Inclusion, achievement and gifted and talented - base",2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9202
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,"Inclusion, achievement and gifted and talented - standards fund (ABG and base)",2008/09,0.0,0.0,14.0,,,14.0,0.0,,14.0,CW,line,,001_23223e66fe6ffd0f.txt,9203
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,"Inclusion, achievement and gifted and talented - standards fund (ABG and base)",2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9203
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Controllable Totals,2008/09,60.4,4183.9,499.2,0.0,,4683.1,-1197.3,0.0,3485.8,,total,,001_23223e66fe6ffd0f.txt,9204
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Controllable Totals,2007/08,44.0,,,,,,,,3991.6,,total,,001_23223e66fe6ffd0f.txt,9204
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Central Overheads,2008/09,,,,,,,,,48.0,,memo,,001_23223e66fe6ffd0f.txt,9206
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Central Overheads,2007/08,,,,,,,,,269.8,,memo,,001_23223e66fe6ffd0f.txt,9206
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Directorate Overheads,2008/09,,,,,,,,,78.2,,memo,,001_23223e66fe6ffd0f.txt,9207
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Directorate Overheads,2007/08,,,,,,,,,66.7,,memo,,001_23223e66fe6ffd0f.txt,9207
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,9208
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Total Cost of Unit,2008/09,60.4,4183.9,499.2,0.0,,4683.1,-1197.3,0.0,3612.0,,total,,001_23223e66fe6ffd0f.txt,9209
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Improvement Partnerships,,,Total Cost of Unit,2007/08,44.0,,,,,,,,4328.1,,total,,001_23223e66fe6ffd0f.txt,9209
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,East Malling centre,2008/09,2.9,82.6,135.9,,,218.5,-10.9,,207.6,CW,line,,001_23223e66fe6ffd0f.txt,9219
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,East Malling centre,2007/08,0.0,,,,,,,,205.7,CW,line,,001_23223e66fe6ffd0f.txt,9219
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Teaching assistants training and development Folkestone centre (inc. ABG),2008/09,2.1,98.0,42.0,,,140.0,-80.0,,60.0,CW,line,,001_23223e66fe6ffd0f.txt,9220
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Teaching assistants training and development Folkestone centre (inc. ABG),2007/08,4.6,,,,,,,,60.0,CW,line,,001_23223e66fe6ffd0f.txt,9220
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Early professional development (+ TDA grant),2008/09,3.1,109.1,544.5,,,653.6,-580.0,,73.6,CW,line,,001_23223e66fe6ffd0f.txt,9221
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Early professional development (+ TDA grant),2007/08,1.0,,,,,,,,73.6,CW,line,,001_23223e66fe6ffd0f.txt,9221
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,School workforce development - TDA grant,2008/09,3.0,155.0,122.0,,,277.0,-277.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9222
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,School workforce development - TDA grant,2007/08,1.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9222
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Higher level teaching assistants - TDA grant,2008/09,1.0,40.0,415.0,,,455.0,-455.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9223
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Higher level teaching assistants - TDA grant,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9223
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Returning teachers - TDA grant,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9224
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Returning teachers - TDA grant,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9224
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Support work in Schools - TDA grant,2008/09,0.0,0.0,129.1,,,129.1,-129.1,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9225
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Support work in Schools - TDA grant,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9225
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Divisional management,2008/09,12.4,838.6,95.2,,,933.8,0.0,,933.8,CW,line,,001_23223e66fe6ffd0f.txt,9226
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Divisional management,2007/08,9.0,,,,,,,,955.1,CW,line,,001_23223e66fe6ffd0f.txt,9226
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Curriculum development fund,2008/09,0.0,18.1,62.0,,,80.1,0.0,,80.1,CW,line,,001_23223e66fe6ffd0f.txt,9227
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Curriculum development fund,2007/08,0.0,,,,,,,,159.1,CW,line,,001_23223e66fe6ffd0f.txt,9227
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,ASK business management,2008/09,21.5,445.4,151.8,,,597.2,0.0,,597.2,CW,line,,001_23223e66fe6ffd0f.txt,9228
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,ASK business management,2007/08,53.4,,,,,,,,542.4,CW,line,,001_23223e66fe6ffd0f.txt,9228
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Governor training,2008/09,3.0,183.5,46.5,,,230.0,-190.0,,40.0,CW,line,,001_23223e66fe6ffd0f.txt,9229
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Governor training,2007/08,1.0,,,,,,,,40.0,CW,line,,001_23223e66fe6ffd0f.txt,9229
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Training and development,2008/09,9.0,598.6,371.5,,,970.1,-300.0,,670.1,CW,line,,001_23223e66fe6ffd0f.txt,9230
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Training and development,2007/08,16.0,,,,,,,,522.4,CW,line,,001_23223e66fe6ffd0f.txt,9230
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Improving together network,2008/09,1.0,35.4,66.0,,,101.4,-100.0,,1.4,CW,line,,001_23223e66fe6ffd0f.txt,9231
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Improving together network,2007/08,0.0,,,,,,,,1.4,CW,line,,001_23223e66fe6ffd0f.txt,9231
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Youth sports trust project - grant,2008/09,1.0,38.5,101.5,,,140.0,-140.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9232
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Youth sports trust project - grant,2007/08,0.6,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9232
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Five acre wood centre,2008/09,1.0,25.0,55.0,,,80.0,0.0,,80.0,CW,line,,001_23223e66fe6ffd0f.txt,9233
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Five acre wood centre,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9233
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Competitive sport in schools,2008/09,0.0,30.0,120.0,,,150.0,0.0,,150.0,CW,line,,001_23223e66fe6ffd0f.txt,9234
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Competitive sport in schools,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,9234
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Controllable Totals,2008/09,61.0,2697.8,2458.0,0.0,,5155.8,-2262.0,0.0,2893.8,,total,,001_23223e66fe6ffd0f.txt,9235
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Controllable Totals,2007/08,86.6,,,,,,,,2559.7,,total,,001_23223e66fe6ffd0f.txt,9235
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Central Overheads,2008/09,,,,,,,,,52.8,,memo,,001_23223e66fe6ffd0f.txt,9237
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Central Overheads,2007/08,,,,,,,,,318.3,,memo,,001_23223e66fe6ffd0f.txt,9237
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Directorate Overheads,2008/09,,,,,,,,,86.1,,memo,,001_23223e66fe6ffd0f.txt,9238
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Directorate Overheads,2007/08,,,,,,,,,78.7,,memo,,001_23223e66fe6ffd0f.txt,9238
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,9239
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Total Cost of Unit,2008/09,61.0,2697.8,2458.0,0.0,,5155.8,-2262.0,0.0,3032.7,,total,,001_23223e66fe6ffd0f.txt,9240
Standards and Achievement Division,"Children, Families & Education",revenue,Advisory Service Kent - Professional Development,,,Total Cost of Unit,2007/08,86.6,,,,,,,,2956.7,,total,,001_23223e66fe6ffd0f.txt,9240
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Behaviour Service,2008/09,18.8,849.1,0.0,,,849.1,0.0,,849.1,MD,line,,001_23223e66fe6ffd0f.txt,10412
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Behaviour Service,2007/08,18.8,,,,,,,,801.9,MD,line,,001_23223e66fe6ffd0f.txt,10412
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Cognition & Learning,2008/09,19.6,868.1,0.0,,,868.1,0.0,,868.1,MD,line,,001_23223e66fe6ffd0f.txt,10413
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Cognition & Learning,2007/08,18.6,,,,,,,,814.6,MD,line,,001_23223e66fe6ffd0f.txt,10413
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Communication & Interaction,2008/09,13.0,582.6,0.0,,,582.6,0.0,,582.6,MD,line,,001_23223e66fe6ffd0f.txt,10414
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Communication & Interaction,2007/08,13.0,,,,,,,,567.4,MD,line,,001_23223e66fe6ffd0f.txt,10414
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Education Welfare,2008/09,54.7,1528.3,0.0,,,1528.3,0.0,,1528.3,MD,line,,001_23223e66fe6ffd0f.txt,10415
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Education Welfare,2007/08,35.0,,,,,,,,898.3,MD,line,,001_23223e66fe6ffd0f.txt,10415
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,AEN,2008/09,14.0,380.0,0.0,,,380.0,0.0,,380.0,MD,line,,001_23223e66fe6ffd0f.txt,10416
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,AEN,2007/08,14.0,,,,,,,,358.7,MD,line,,001_23223e66fe6ffd0f.txt,10416
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Early Years,2008/09,59.1,2668.2,0.0,,,2668.2,-140.4,,2527.8,MD,line,,001_23223e66fe6ffd0f.txt,10417
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Early Years,2007/08,84.1,,,,,,,,2513.6,MD,line,,001_23223e66fe6ffd0f.txt,10417
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Community Schools,2008/09,12.6,636.8,0.0,,,636.8,0.0,,636.8,MD,line,,001_23223e66fe6ffd0f.txt,10418
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Community Schools,2007/08,12.6,,,,,,,,607.0,MD,line,,001_23223e66fe6ffd0f.txt,10418
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Admin,2008/09,34.3,1913.6,527.4,,,2441.0,0.0,,2441.0,MD,line,,001_23223e66fe6ffd0f.txt,10419
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Admin,2007/08,35.8,,,,,,,,2381.2,MD,line,,001_23223e66fe6ffd0f.txt,10419
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Clusterboards,2008/09,0.0,0.0,774.0,,,774.0,0.0,,774.0,MD,line,,001_23223e66fe6ffd0f.txt,10420
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Clusterboards,2007/08,0.0,,,,,,,,705.0,MD,line,,001_23223e66fe6ffd0f.txt,10420
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Base,2008/09,0.0,0.0,31.9,,,31.9,0.0,,31.9,MD,line,,001_23223e66fe6ffd0f.txt,10421
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Base,2007/08,0.0,,,,,,,,31.9,MD,line,,001_23223e66fe6ffd0f.txt,10421
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Extended Schools Grants,2008/09,0.0,1796.9,0.0,,,1796.9,0.0,,1796.9,MD,line,,001_23223e66fe6ffd0f.txt,10422
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Extended Schools Grants,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,10422
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,EMAG,2008/09,16.7,922.8,0.0,,,922.8,0.0,,922.8,MD,line,,001_23223e66fe6ffd0f.txt,10423
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,EMAG,2007/08,17.1,,,,,,,,631.5,MD,line,,001_23223e66fe6ffd0f.txt,10423
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Hands On Support,2008/09,0.0,1215.5,0.0,,,1215.5,0.0,,1215.5,MD,line,,001_23223e66fe6ffd0f.txt,10424
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Hands On Support,2007/08,0.0,,,,,,,,1215.5,MD,line,,001_23223e66fe6ffd0f.txt,10424
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,AEN Inclusion,2008/09,0.0,363.6,0.0,,,363.6,0.0,,363.6,MD,line,,001_23223e66fe6ffd0f.txt,10425
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,AEN Inclusion,2007/08,0.0,,,,,,,,212.1,MD,line,,001_23223e66fe6ffd0f.txt,10425
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Physical & Sensory,2008/09,24.6,1156.5,0.0,,,1156.5,-80.0,,1076.5,MD,line,,001_23223e66fe6ffd0f.txt,10426
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Physical & Sensory,2007/08,24.5,,,,,,,,1092.0,MD,line,,001_23223e66fe6ffd0f.txt,10426
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Child Development Officers - Sure Start,2008/09,26.0,794.9,0.0,,,794.9,0.0,,794.9,MD,line,,001_23223e66fe6ffd0f.txt,10427
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Child Development Officers - Sure Start,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,10427
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Horton Kirby Environmental centre,2008/09,1.5,42.6,0.0,,,42.6,-42.6,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,10428
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Horton Kirby Environmental centre,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,10428
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Controllable Totals,2008/09,294.9,15719.5,1333.3,0.0,,17052.8,-263.0,0.0,16789.8,,total,,001_23223e66fe6ffd0f.txt,10429
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Controllable Totals,2007/08,273.5,,,,,,,,12830.8,,total,,001_23223e66fe6ffd0f.txt,10429
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Central Overheads,2008/09,,,,,,,,,1640.8,,memo,,001_23223e66fe6ffd0f.txt,10431
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Central Overheads,2007/08,,,,,,,,,874.3,,memo,,001_23223e66fe6ffd0f.txt,10431
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Directorate Overheads,2008/09,,,,,,,,,284.8,,memo,,001_23223e66fe6ffd0f.txt,10432
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Directorate Overheads,2007/08,,,,,,,,,216.3,,memo,,001_23223e66fe6ffd0f.txt,10432
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,10433
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Total Cost of Unit,2008/09,294.9,15719.5,1333.3,0.0,,17052.8,-263.0,0.0,18715.4,,total,,001_23223e66fe6ffd0f.txt,10434
Operations Division – Clusters & Local Children's Services Partnerships,"Children, Families & Education",revenue,Clusters,,,Total Cost of Unit,2007/08,273.5,,,,,,,,13921.4,,total,,001_23223e66fe6ffd0f.txt,10434
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Central Finance,2008/09,29.6,988.4,38.0,,,1026.4,0.0,,1026.4,MD,line,,001_23223e66fe6ffd0f.txt,11196
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Central Finance,2007/08,29.6,,,,,,,,926.7,MD,line,,001_23223e66fe6ffd0f.txt,11196
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Children's Social Services,2008/09,10.7,354.4,23.3,,,377.7,0.0,,377.7,MD,line,,001_23223e66fe6ffd0f.txt,11197
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Children's Social Services,2007/08,10.7,,,,,,,,368.7,MD,line,,001_23223e66fe6ffd0f.txt,11197
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Trading,2008/09,23.8,801.0,102.0,,,903.0,-931.0,,-28.0,MD,line,,001_23223e66fe6ffd0f.txt,11198
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Trading,2007/08,23.8,,,,,,,,-28.0,MD,line,,001_23223e66fe6ffd0f.txt,11198
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Statutory,2008/09,15.2,495.3,64.1,,,559.4,0.0,,559.4,MD,line,,001_23223e66fe6ffd0f.txt,11199
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Statutory,2007/08,15.2,,,,,,,,547.3,MD,line,,001_23223e66fe6ffd0f.txt,11199
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Financial Compliance Unit,2008/09,13.7,719.7,54.5,,,774.2,-140.0,,634.2,MD,line,,001_23223e66fe6ffd0f.txt,11200
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Financial Compliance Unit,2007/08,13.7,,,,,,,,620.1,MD,line,,001_23223e66fe6ffd0f.txt,11200
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Schools forums,2008/09,0.0,5.0,20.0,,,25.0,0.0,,25.0,MD,line,,001_23223e66fe6ffd0f.txt,11201
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Schools forums,2007/08,0.0,,,,,,,,25.0,MD,line,,001_23223e66fe6ffd0f.txt,11201
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Kent Services for Schools,2008/09,1.6,42.0,12.4,,,54.4,0.0,,54.4,MD,line,,001_23223e66fe6ffd0f.txt,11202
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Kent Services for Schools,2007/08,1.6,,,,,,,,53.4,MD,line,,001_23223e66fe6ffd0f.txt,11202
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Controllable Totals,2008/09,94.6,3405.8,314.3,0.0,,3720.1,-1071.0,0.0,2649.1,,total,,001_23223e66fe6ffd0f.txt,11203
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Controllable Totals,2007/08,94.6,,,,,,,,2513.2,,total,,001_23223e66fe6ffd0f.txt,11203
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Central Overheads,2008/09,,,,,,,,,357.9,,memo,,001_23223e66fe6ffd0f.txt,11205
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Central Overheads,2007/08,,,,,,,,,232.8,,memo,,001_23223e66fe6ffd0f.txt,11205
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Directorate Overheads,2008/09,,,,,,,,,-3007.0,,memo,,001_23223e66fe6ffd0f.txt,11206
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Directorate Overheads,2007/08,,,,,,,,,-2688.1,,memo,,001_23223e66fe6ffd0f.txt,11206
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,11207
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Total Cost of Unit,2008/09,94.6,3405.8,314.3,0.0,,3720.1,-1071.0,0.0,0.0,,total,,001_23223e66fe6ffd0f.txt,11208
Finance & Corporate Services Division,"Children, Families & Education",revenue,Finance,,,Total Cost of Unit,2007/08,94.6,,,,,,,,57.9,,total,,001_23223e66fe6ffd0f.txt,11208
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Schools (Delegated),2008/09,20215.0,666057.2,171194.6,,,837251.9,-80517.0,,756734.9,MD,line,,001_23223e66fe6ffd0f.txt,11214
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Schools (Delegated),2007/08,19887.6,,,,,,,,737216.4,MD,line,,001_23223e66fe6ffd0f.txt,11214
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Standards Fund Devolved,2008/09,,42498.3,10923.2,,,53421.5,0.0,,53421.5,MD,line,,001_23223e66fe6ffd0f.txt,11215
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Standards Fund Devolved,2007/08,,,,,,,,,51888.2,MD,line,,001_23223e66fe6ffd0f.txt,11215
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Standards Fund Targeted,2008/09,,6404.7,1646.2,,,8050.9,0.0,,8050.9,MD,line,,001_23223e66fe6ffd0f.txt,11216
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Standards Fund Targeted,2007/08,,,,,,,,,7019.1,MD,line,,001_23223e66fe6ffd0f.txt,11216
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Schools Standards Grant,2008/09,,33506.9,8612.2,,,42119.1,0.0,,42119.1,MD,line,,001_23223e66fe6ffd0f.txt,11217
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Schools Standards Grant,2007/08,,,,,,,,,27972.2,MD,line,,001_23223e66fe6ffd0f.txt,11217
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Controllable Totals,2008/09,20215.0,748467.1,192376.2,0.0,,940843.3,-80517.0,0.0,860326.3,,total,,001_23223e66fe6ffd0f.txt,11218
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Controllable Totals,2007/08,19887.6,,,,,,,,824095.9,,total,,001_23223e66fe6ffd0f.txt,11218
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Central Overheads,2008/09,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,11220
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,11220
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Directorate Overheads,2008/09,,,,,,,,,15710.9,,memo,,001_23223e66fe6ffd0f.txt,11221
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Directorate Overheads,2007/08,,,,,,,,,15126.1,,memo,,001_23223e66fe6ffd0f.txt,11221
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,11222
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Total Cost of Unit,2008/09,20215.0,748467.1,192376.2,0.0,,940843.3,-80517.0,0.0,876037.2,,total,,001_23223e66fe6ffd0f.txt,11223
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Total Cost of Unit,2007/08,19887.6,,,,,,,,839222.0,,total,,001_23223e66fe6ffd0f.txt,11223
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Free School Meals,2008/09,0.0,0.0,2352.5,,,2352.5,0.0,,2352.5,MD,line,,001_23223e66fe6ffd0f.txt,11227
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Free School Meals,2007/08,0.0,,,,,,,,2247.5,MD,line,,001_23223e66fe6ffd0f.txt,11227
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Home to College Transport,2008/09,0.0,0.0,1424.8,,,1424.8,-367.0,,1057.8,MD,line,,001_23223e66fe6ffd0f.txt,11228
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Home to College Transport,2007/08,0.0,,,,,,,,1057.8,MD,line,,001_23223e66fe6ffd0f.txt,11228
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Corporate Services SLA (Legal),2008/09,0.0,0.0,10.0,,,10.0,0.0,,10.0,MD,line,,001_23223e66fe6ffd0f.txt,11229
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Corporate Services SLA (Legal),2007/08,0.0,,,,,,,,10.0,MD,line,,001_23223e66fe6ffd0f.txt,11229
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,"Management, Administration and Support (Awards)",2008/09,29.7,754.0,16.6,,,770.6,0.0,,770.6,MD,line,,001_23223e66fe6ffd0f.txt,11230
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,"Management, Administration and Support (Awards)",2007/08,29.7,,,,,,,,754.5,MD,line,,001_23223e66fe6ffd0f.txt,11230
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Post 16 School Access Fund,2008/09,0.0,0.0,130.0,,,130.0,-130.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11231
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Post 16 School Access Fund,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11231
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Kent Transport partnership,2008/09,0.0,0.0,330.0,,,330.0,-330.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11232
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Kent Transport partnership,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11232
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Controllable Totals,2008/09,29.7,754.0,4263.9,0.0,,5017.9,-827.0,0.0,4190.9,,total,,001_23223e66fe6ffd0f.txt,11233
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Controllable Totals,2007/08,29.7,,,,,,,,4069.8,,total,,001_23223e66fe6ffd0f.txt,11233
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Central Overheads,2008/09,,,,,,,,,482.8,,memo,,001_23223e66fe6ffd0f.txt,11235
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Central Overheads,2007/08,,,,,,,,,331.0,,memo,,001_23223e66fe6ffd0f.txt,11235
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Directorate Overheads,2008/09,,,,,,,,,83.8,,memo,,001_23223e66fe6ffd0f.txt,11236
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Directorate Overheads,2007/08,,,,,,,,,81.9,,memo,,001_23223e66fe6ffd0f.txt,11236
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,11237
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Total Cost of Unit,2008/09,29.7,754.0,4263.9,0.0,,5017.9,-827.0,0.0,4757.5,,total,,001_23223e66fe6ffd0f.txt,11238
Finance & Corporate Services Division,"Children, Families & Education",revenue,School Budgets,,,Total Cost of Unit,2007/08,29.7,,,,,,,,4482.7,,total,,001_23223e66fe6ffd0f.txt,11238
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,DSG income,2008/09,0.0,0.0,0.0,,,0.0,-725433.0,,-725433.0,MD,line,,001_23223e66fe6ffd0f.txt,11248
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,DSG income,2007/08,0.0,,,,,,,,-710040.0,MD,line,,001_23223e66fe6ffd0f.txt,11248
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Standards Fund Income,2008/09,0.0,0.0,0.0,,,0.0,-65102.1,,-65102.1,MD,line,,001_23223e66fe6ffd0f.txt,11249
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Standards Fund Income,2007/08,0.0,,,,,,,,-63390.7,MD,line,,001_23223e66fe6ffd0f.txt,11249
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Standards Grant Income,2008/09,0.0,0.0,0.0,,,0.0,-42119.0,,-42119.0,MD,line,,001_23223e66fe6ffd0f.txt,11250
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Standards Grant Income,2007/08,0.0,,,,,,,,-27972.2,MD,line,,001_23223e66fe6ffd0f.txt,11250
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,LSC Income,2008/09,0.0,0.0,0.0,,,0.0,-89946.5,,-89946.5,MD,line,,001_23223e66fe6ffd0f.txt,11251
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,LSC Income,2007/08,0.0,,,,,,,,-87662.2,MD,line,,001_23223e66fe6ffd0f.txt,11251
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,LAA Income,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11252
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,LAA Income,2007/08,0.0,,,,,,,,-2301.2,MD,line,,001_23223e66fe6ffd0f.txt,11252
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Sure Start Income,2008/09,0.0,0.0,0.0,,,0.0,-2278.8,,-2278.8,MD,line,,001_23223e66fe6ffd0f.txt,11253
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Sure Start Income,2007/08,0.0,,,,,,,,-1742.9,MD,line,,001_23223e66fe6ffd0f.txt,11253
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Other grant income,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11254
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Other grant income,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11254
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Contingency General,2008/09,0.0,281.0,4068.9,,,4349.9,-2400.0,,1949.9,MD,line,,001_23223e66fe6ffd0f.txt,11255
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Contingency General,2007/08,0.0,,,,,,,,155.6,MD,line,,001_23223e66fe6ffd0f.txt,11255
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,School Contingency,2008/09,0.0,11746.5,3019.2,,,14765.6,0.0,,14765.6,MD,line,,001_23223e66fe6ffd0f.txt,11256
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,School Contingency,2007/08,0.0,,,,,,,,18241.2,MD,line,,001_23223e66fe6ffd0f.txt,11256
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Controllable Totals,2008/09,0.0,12027.5,7088.1,0.0,,19115.5,-927279.5,0.0,-908164.0,,total,,001_23223e66fe6ffd0f.txt,11257
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Controllable Totals,2007/08,0.0,,,,,,,,-874712.4,,total,,001_23223e66fe6ffd0f.txt,11257
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Central Overheads,2008/09,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,11259
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,11259
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Directorate Overheads,2008/09,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,11260
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,11260
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,11261
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Total Cost of Unit,2008/09,0.0,12027.5,7088.1,0.0,,19115.5,-927279.5,0.0,-908164.0,,total,,001_23223e66fe6ffd0f.txt,11262
Finance & Corporate Services Division,"Children, Families & Education",revenue,Contingency,,,Total Cost of Unit,2007/08,0.0,,,,,,,,-874712.4,,total,,001_23223e66fe6ffd0f.txt,11262
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,DSG income,2008/09,0.0,0.0,0.0,,,0.0,-46671.4,,-46671.4,CW,line,,001_23223e66fe6ffd0f.txt,11273
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,DSG income,2007/08,0.0,,,,,,,,-43959.3,CW,line,,001_23223e66fe6ffd0f.txt,11273
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Standards Fund Income,2008/09,0.0,0.0,0.0,,,0.0,-150.0,,-150.0,CW,line,,001_23223e66fe6ffd0f.txt,11274
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Standards Fund Income,2007/08,0.0,,,,,,,,-2215.7,CW,line,,001_23223e66fe6ffd0f.txt,11274
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Standards Grant Income,2008/09,0.0,0.0,0.0,,,0.0,-200.4,,-200.4,CW,line,,001_23223e66fe6ffd0f.txt,11275
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Standards Grant Income,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,11275
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,LSC Income,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,11276
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,LSC Income,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,11276
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,LAA Income,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,11277
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,LAA Income,2007/08,0.0,,,,,,,,-6924.3,CW,line,,001_23223e66fe6ffd0f.txt,11277
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Sure Start Income,2008/09,0.0,0.0,0.0,,,0.0,-25009.9,,-25009.9,CW,line,,001_23223e66fe6ffd0f.txt,11278
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Sure Start Income,2007/08,0.0,,,,,,,,-19543.8,CW,line,,001_23223e66fe6ffd0f.txt,11278
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Other grant income,2008/09,0.0,0.0,0.0,,,0.0,-500.0,,-500.0,CW,line,,001_23223e66fe6ffd0f.txt,11279
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Other grant income,2007/08,0.0,,,,,,,,-3878.3,CW,line,,001_23223e66fe6ffd0f.txt,11279
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Connexions,2008/09,0.0,0.0,11537.3,,,11537.3,0.0,,11537.3,CW,line,,001_23223e66fe6ffd0f.txt,11280
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Connexions,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,11280
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Contingency General,2008/09,0.0,1735.1,4950.5,,,6685.6,0.0,,6685.6,CW,line,,001_23223e66fe6ffd0f.txt,11281
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Contingency General,2007/08,0.0,,,,,,,,5995.8,CW,line,,001_23223e66fe6ffd0f.txt,11281
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Controllable Totals,2008/09,0.0,1735.1,16487.8,0.0,,18222.9,-72531.7,0.0,-54308.8,,total,,001_23223e66fe6ffd0f.txt,11282
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Controllable Totals,2007/08,0.0,,,,,,,,-70525.6,,total,,001_23223e66fe6ffd0f.txt,11282
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Central Overheads,2008/09,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,11284
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,11284
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Directorate Overheads,2008/09,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,11285
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,11285
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,11286
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Total Cost of Unit,2008/09,0.0,1735.1,16487.8,0.0,,18222.9,-72531.7,0.0,-54308.8,,total,,001_23223e66fe6ffd0f.txt,11287
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Total Cost of Unit,2007/08,0.0,,,,,,,,-70525.6,,total,,001_23223e66fe6ffd0f.txt,11287
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Maternity Leave,2008/09,0.0,1218.0,0.0,,,1218.0,0.0,,1218.0,MD,line,,001_23223e66fe6ffd0f.txt,11298
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Maternity Leave,2007/08,0.0,,,,,,,,1188.3,MD,line,,001_23223e66fe6ffd0f.txt,11298
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Public Duties,2008/09,0.0,48.0,0.0,,,48.0,0.0,,48.0,MD,line,,001_23223e66fe6ffd0f.txt,11299
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Public Duties,2007/08,0.0,,,,,,,,46.8,MD,line,,001_23223e66fe6ffd0f.txt,11299
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Trades Union Duties,2008/09,0.0,236.4,0.0,,,236.4,0.0,,236.4,MD,line,,001_23223e66fe6ffd0f.txt,11300
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Trades Union Duties,2007/08,0.0,,,,,,,,230.6,MD,line,,001_23223e66fe6ffd0f.txt,11300
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Suspended Staff,2008/09,0.0,107.5,0.0,,,107.5,0.0,,107.5,MD,line,,001_23223e66fe6ffd0f.txt,11301
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Suspended Staff,2007/08,0.0,,,,,,,,104.9,MD,line,,001_23223e66fe6ffd0f.txt,11301
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Police Checks,2008/09,0.0,0.0,676.8,,,676.8,0.0,,676.8,MD,line,,001_23223e66fe6ffd0f.txt,11302
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Police Checks,2007/08,0.0,,,,,,,,676.8,MD,line,,001_23223e66fe6ffd0f.txt,11302
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,School Crossing Patrols,2008/09,31.0,432.3,0.0,,,432.3,0.0,,432.3,MD,line,,001_23223e66fe6ffd0f.txt,11303
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,School Crossing Patrols,2007/08,31.0,,,,,,,,421.8,MD,line,,001_23223e66fe6ffd0f.txt,11303
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Pension Enhancements,2008/09,0.0,6972.2,0.0,,,6972.2,-640.0,,6332.2,MD,line,,001_23223e66fe6ffd0f.txt,11304
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Pension Enhancements,2007/08,0.0,,,,,,,,6177.8,MD,line,,001_23223e66fe6ffd0f.txt,11304
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Redundancy Payments,2008/09,0.0,1219.6,0.0,,,1219.6,0.0,,1219.6,MD,line,,001_23223e66fe6ffd0f.txt,11305
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Redundancy Payments,2007/08,0.0,,,,,,,,1189.9,MD,line,,001_23223e66fe6ffd0f.txt,11305
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,"Management, Administration and Support",2008/09,51.4,3872.7,884.6,65.5,,4822.8,-2965.7,,1857.1,MD,line,,001_23223e66fe6ffd0f.txt,11306
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,"Management, Administration and Support",2007/08,50.4,,,,,,,,1878.1,MD,line,,001_23223e66fe6ffd0f.txt,11306
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Controllable Totals,2008/09,82.4,14106.7,1561.4,65.5,,15733.6,-3605.7,0.0,12127.9,,total,,001_23223e66fe6ffd0f.txt,11307
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Controllable Totals,2007/08,81.4,,,,,,,,11915.0,,total,,001_23223e66fe6ffd0f.txt,11307
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Central Overheads,2008/09,,,,,,,,,1513.9,,memo,,001_23223e66fe6ffd0f.txt,11309
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Central Overheads,2007/08,,,,,,,,,1040.3,,memo,,001_23223e66fe6ffd0f.txt,11309
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Directorate Overheads,2008/09,,,,,,,,,-13641.8,,memo,,001_23223e66fe6ffd0f.txt,11310
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Directorate Overheads,2007/08,,,,,,,,,-12955.3,,memo,,001_23223e66fe6ffd0f.txt,11310
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,11311
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Total Cost of Unit,2008/09,82.4,14106.7,1561.4,65.5,,15733.6,-3605.7,0.0,0.0,,total,,001_23223e66fe6ffd0f.txt,11312
Finance & Corporate Services Division,"Children, Families & Education",revenue,2008-09,,,Total Cost of Unit,2007/08,81.4,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,11312
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Mainstream Home to School Transport (incl. SLA),2008/09,0.0,0.0,16405.1,,,16405.1,-483.8,,15921.3,MD,line,,001_23223e66fe6ffd0f.txt,11927
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Mainstream Home to School Transport (incl. SLA),2007/08,0.0,,,,,,,,14948.3,MD,line,,001_23223e66fe6ffd0f.txt,11927
School Organisation,"Children, Families & Education",revenue,School Organisation,,,"Transport, Admissions & PESE",2008/09,19.9,689.0,705.3,,,1394.3,0.0,,1394.3,MD,line,,001_23223e66fe6ffd0f.txt,11928
School Organisation,"Children, Families & Education",revenue,School Organisation,,,"Transport, Admissions & PESE",2007/08,22.9,,,,,,,,1257.7,MD,line,,001_23223e66fe6ffd0f.txt,11928
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Standards Fund,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11929
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Standards Fund,2007/08,0.0,,,,,,,,348.0,MD,line,,001_23223e66fe6ffd0f.txt,11929
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Governor Support,2008/09,6.8,236.9,129.1,,,366.0,-66.0,,300.0,MD,line,,001_23223e66fe6ffd0f.txt,11930
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Governor Support,2007/08,6.8,,,,,,,,295.8,MD,line,,001_23223e66fe6ffd0f.txt,11930
School Organisation,"Children, Families & Education",revenue,School Organisation,,,"Staffing, Administration & Support",2008/09,14.0,897.8,100.6,,,998.4,0.0,,998.4,MD,line,,001_23223e66fe6ffd0f.txt,11931
School Organisation,"Children, Families & Education",revenue,School Organisation,,,"Staffing, Administration & Support",2007/08,14.0,,,,,,,,811.6,MD,line,,001_23223e66fe6ffd0f.txt,11931
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Vocational Centres,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11932
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Vocational Centres,2007/08,3.0,,,,,,,,379.7,MD,line,,001_23223e66fe6ffd0f.txt,11932
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Community Schools,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11933
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Community Schools,2007/08,22.5,,,,,,,,2544.1,MD,line,,001_23223e66fe6ffd0f.txt,11933
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Early Years - T&Q (Out of School),2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11934
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Early Years - T&Q (Out of School),2007/08,0.0,,,,,,,,166.6,MD,line,,001_23223e66fe6ffd0f.txt,11934
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Competitive sport in schools,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11935
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Competitive sport in schools,2007/08,0.0,,,,,,,,75.0,MD,line,,001_23223e66fe6ffd0f.txt,11935
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Controllable Totals,2008/09,40.7,1823.7,17340.1,0.0,,19163.8,-549.8,0.0,18614.0,,total,,001_23223e66fe6ffd0f.txt,11936
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Controllable Totals,2007/08,69.2,,,,,,,,20826.8,,total,,001_23223e66fe6ffd0f.txt,11936
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Central Overheads,2008/09,,,,,,,,,1843.9,,memo,,001_23223e66fe6ffd0f.txt,11938
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Central Overheads,2007/08,,,,,,,,,1481.5,,memo,,001_23223e66fe6ffd0f.txt,11938
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Directorate Overheads,2008/09,,,,,,,,,320.0,,memo,,001_23223e66fe6ffd0f.txt,11939
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Directorate Overheads,2007/08,,,,,,,,,366.5,,memo,,001_23223e66fe6ffd0f.txt,11939
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,11940
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Total Cost of Unit,2008/09,40.7,1823.7,17340.1,0.0,,19163.8,-549.8,0.0,20777.9,,total,,001_23223e66fe6ffd0f.txt,11941
School Organisation,"Children, Families & Education",revenue,School Organisation,,,Total Cost of Unit,2007/08,69.2,,,,,,,,22674.8,,total,,001_23223e66fe6ffd0f.txt,11941
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,14 - 24 Team,2008/09,8.5,480.1,20.5,,,500.6,-52.0,,448.6,MD,line,,001_23223e66fe6ffd0f.txt,11947
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,14 - 24 Team,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11947
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,T2010 Preparing for employment,2008/09,1.0,0.0,500.0,,,500.0,0.0,,500.0,MD,line,,001_23223e66fe6ffd0f.txt,11948
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,T2010 Preparing for employment,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11948
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,T2010 Expanding vocational training,2008/09,1.0,0.0,500.0,,,500.0,0.0,,500.0,MD,line,,001_23223e66fe6ffd0f.txt,11949
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,T2010 Expanding vocational training,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11949
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Flexible 14-19 Partnership funding,2008/09,0.0,0.0,416.1,,,416.1,0.0,,416.1,MD,line,,001_23223e66fe6ffd0f.txt,11950
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Flexible 14-19 Partnership funding,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11950
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Young Apprentices,2008/09,0.0,0.0,150.0,,,150.0,-150.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11951
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Young Apprentices,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11951
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,LSN Quality Assurance,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11952
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,LSN Quality Assurance,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11952
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Skills Force,2008/09,0.0,0.0,350.0,,,350.0,0.0,,350.0,MD,line,,001_23223e66fe6ffd0f.txt,11953
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Skills Force,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,11953
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Controllable Totals,2008/09,10.5,480.1,1936.6,0.0,,2416.7,-202.0,0.0,2214.7,,total,,001_23223e66fe6ffd0f.txt,11954
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Controllable Totals,2007/08,0.0,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,11954
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Central Overheads,2008/09,,,,,,,,,232.5,,memo,,001_23223e66fe6ffd0f.txt,11956
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Directorate Overheads,2008/09,,,,,,,,,40.4,,memo,,001_23223e66fe6ffd0f.txt,11957
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,11958
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Total Cost of Unit,2008/09,10.5,480.1,1936.6,0.0,,2416.7,-202.0,0.0,2487.6,,total,,001_23223e66fe6ffd0f.txt,11959
School Organisation,"Children, Families & Education",revenue,14-24 Unit,,,Total Cost of Unit,2007/08,0.0,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,11959
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Sure Start local programmes,2008/09,0.0,0.0,5482.4,,,5482.4,0.0,,5482.4,CW,line,,001_23223e66fe6ffd0f.txt,11965
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Sure Start local programmes,2007/08,0.0,,,,,,,,5607.2,CW,line,,001_23223e66fe6ffd0f.txt,11965
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,EY - Operations & Developments - base funded,2008/09,0.0,68.3,241.5,,,309.8,-141.6,,168.2,CW,line,,001_23223e66fe6ffd0f.txt,11966
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,EY - Operations & Developments - base funded,2007/08,7.0,,,,,,,,268.9,CW,line,,001_23223e66fe6ffd0f.txt,11966
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,EY - Operations & Developments - sure start,2008/09,50.7,1029.6,1439.5,835.5,,3304.6,0.0,,3304.6,CW,line,,001_23223e66fe6ffd0f.txt,11967
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,EY - Operations & Developments - sure start,2007/08,43.7,,,,,,,,4538.7,CW,line,,001_23223e66fe6ffd0f.txt,11967
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Children's Centres - sure start,2008/09,299.2,2819.2,10118.0,2.5,,12939.7,-12.0,-27.3,12900.4,CW,line,,001_23223e66fe6ffd0f.txt,11968
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Children's Centres - sure start,2007/08,13.3,,,,,,,,5300.0,CW,line,,001_23223e66fe6ffd0f.txt,11968
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Controllable Totals,2008/09,349.8,3917.1,17281.4,838.0,,22036.5,-153.6,-27.3,21855.6,,total,,001_23223e66fe6ffd0f.txt,11969
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Controllable Totals,2007/08,64.0,,,,,,,,15714.9,,total,,001_23223e66fe6ffd0f.txt,11969
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Central Overheads,2008/09,,,,,,,,,225.5,,memo,,001_23223e66fe6ffd0f.txt,11971
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Central Overheads,2007/08,,,,,,,,,1062.1,,memo,,001_23223e66fe6ffd0f.txt,11971
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Directorate Overheads,2008/09,,,,,,,,,367.5,,memo,,001_23223e66fe6ffd0f.txt,11972
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Directorate Overheads,2007/08,,,,,,,,,262.8,,memo,,001_23223e66fe6ffd0f.txt,11972
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,11973
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Total Cost of Unit,2008/09,349.8,3917.1,17281.4,838.0,,22036.5,-153.6,-27.3,22448.6,,total,,001_23223e66fe6ffd0f.txt,11974
School Organisation,"Children, Families & Education",revenue,Early Years and Childcare Operations Unit,,,Total Cost of Unit,2007/08,64.0,,,,,,,,17039.8,,total,,001_23223e66fe6ffd0f.txt,11974
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Buildings Maintenance - Revenue,2008/09,0.0,0.0,282.2,,,282.2,-152.0,,130.2,MD,line,,001_23223e66fe6ffd0f.txt,12723
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Buildings Maintenance - Revenue,2007/08,0.0,,,,,,,,130.2,MD,line,,001_23223e66fe6ffd0f.txt,12723
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Grounds Maintenance - Health & Safety,2008/09,0.0,0.0,1056.0,,,1056.0,0.0,,1056.0,MD,line,,001_23223e66fe6ffd0f.txt,12724
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Grounds Maintenance - Health & Safety,2007/08,0.0,,,,,,,,86.0,MD,line,,001_23223e66fe6ffd0f.txt,12724
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,PFI Project Costs,2008/09,0.0,0.0,3512.0,,,3512.0,-2132.0,,1380.0,MD,line,,001_23223e66fe6ffd0f.txt,12725
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,PFI Project Costs,2007/08,0.0,,,,,,,,1380.0,MD,line,,001_23223e66fe6ffd0f.txt,12725
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Capital Expenditure Financed by Revenue,2008/09,17.0,689.2,310.8,,,1000.0,-1000.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,12726
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Capital Expenditure Financed by Revenue,2007/08,17.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,12726
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Controllable Totals,2008/09,17.0,689.2,5161.0,0.0,,5850.2,-3284.0,0.0,2566.2,,total,,001_23223e66fe6ffd0f.txt,12727
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Controllable Totals,2007/08,17.0,,,,,,,,1596.2,,total,,001_23223e66fe6ffd0f.txt,12727
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Central Overheads,2008/09,,,,,,,,,562.9,,memo,,001_23223e66fe6ffd0f.txt,12729
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Central Overheads,2007/08,,,,,,,,,326.8,,memo,,001_23223e66fe6ffd0f.txt,12729
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Directorate Overheads,2008/09,,,,,,,,,97.7,,memo,,001_23223e66fe6ffd0f.txt,12730
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Directorate Overheads,2007/08,,,,,,,,,80.8,,memo,,001_23223e66fe6ffd0f.txt,12730
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,12731
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Total Cost of Unit,2008/09,17.0,689.2,5161.0,0.0,,5850.2,-3284.0,0.0,3226.8,,total,,001_23223e66fe6ffd0f.txt,12732
Resources Division,"Children, Families & Education",revenue,Capital Strategy Unit,,,Total Cost of Unit,2007/08,17.0,,,,,,,,2003.8,,total,,001_23223e66fe6ffd0f.txt,12732
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,"BSF, PFI and academies unit",2008/09,10.9,128.0,322.0,,,450.0,0.0,,450.0,MD,line,,001_23223e66fe6ffd0f.txt,12742
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,"BSF, PFI and academies unit",2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,12742
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,Controllable Totals,2008/09,10.9,128.0,322.0,0.0,,450.0,0.0,0.0,450.0,,total,,001_23223e66fe6ffd0f.txt,12743
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,Controllable Totals,2007/08,0.0,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,12743
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,Central Overheads,2008/09,,,,,,,,,43.3,,memo,,001_23223e66fe6ffd0f.txt,12745
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,12745
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,Directorate Overheads,2008/09,,,,,,,,,7.5,,memo,,001_23223e66fe6ffd0f.txt,12746
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,12746
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,12747
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,Total Cost of Unit,2008/09,10.9,128.0,322.0,0.0,,450.0,0.0,0.0,500.8,,total,,001_23223e66fe6ffd0f.txt,12748
Resources Division,"Children, Families & Education",revenue,"Building Schools for the future, PFI and Academies Unit",,,Total Cost of Unit,2007/08,0.0,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,12748
Resources Division,"Children, Families & Education",revenue,Client Services,,,Quality of school meals,2008/09,1.0,78.7,86.6,400.0,,565.3,-20.0,,545.3,MD,line,,001_23223e66fe6ffd0f.txt,12758
Resources Division,"Children, Families & Education",revenue,Client Services,,,Quality of school meals,2007/08,0.0,,,,,,,,695.3,MD,line,,001_23223e66fe6ffd0f.txt,12758
Resources Division,"Children, Families & Education",revenue,Client Services,,,School Lunch Grant - Standards fund,2008/09,0.0,50.0,0.0,,,50.0,0.0,,50.0,MD,line,,001_23223e66fe6ffd0f.txt,12759
Resources Division,"Children, Families & Education",revenue,Client Services,,,School Lunch Grant - Standards fund,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,12759
Resources Division,"Children, Families & Education",revenue,Client Services,,,Cleaning and refuse collection,2008/09,0.0,71.7,0.0,2969.0,,3040.7,-3100.7,,-60.0,MD,line,,001_23223e66fe6ffd0f.txt,12760
Resources Division,"Children, Families & Education",revenue,Client Services,,,Cleaning and refuse collection,2007/08,0.0,,,,,,,,-60.0,MD,line,,001_23223e66fe6ffd0f.txt,12760
Resources Division,"Children, Families & Education",revenue,Client Services,,,Maintenance of kitchen equipment,2008/09,0.0,0.0,266.3,,,266.3,0.0,,266.3,MD,line,,001_23223e66fe6ffd0f.txt,12761
Resources Division,"Children, Families & Education",revenue,Client Services,,,Maintenance of kitchen equipment,2007/08,0.0,,,,,,,,266.3,MD,line,,001_23223e66fe6ffd0f.txt,12761
Resources Division,"Children, Families & Education",revenue,Client Services,,,"Management, Administration and Support",2008/09,14.9,327.8,441.3,,,769.1,-350.0,,419.1,MD,line,,001_23223e66fe6ffd0f.txt,12762
Resources Division,"Children, Families & Education",revenue,Client Services,,,"Management, Administration and Support",2007/08,14.1,,,,,,,,408.9,MD,line,,001_23223e66fe6ffd0f.txt,12762
Resources Division,"Children, Families & Education",revenue,Client Services,,,Controllable Totals,2008/09,15.9,528.2,794.2,3369.0,,4691.4,-3470.7,0.0,1220.7,,total,,001_23223e66fe6ffd0f.txt,12763
Resources Division,"Children, Families & Education",revenue,Client Services,,,Controllable Totals,2007/08,14.1,,,,,,,,1310.5,,total,,001_23223e66fe6ffd0f.txt,12763
Resources Division,"Children, Families & Education",revenue,Client Services,,,Central Overheads,2008/09,,,,,,,,,451.4,,memo,,001_23223e66fe6ffd0f.txt,12765
Resources Division,"Children, Families & Education",revenue,Client Services,,,Central Overheads,2007/08,,,,,,,,,258.9,,memo,,001_23223e66fe6ffd0f.txt,12765
Resources Division,"Children, Families & Education",revenue,Client Services,,,Directorate Overheads,2008/09,,,,,,,,,78.3,,memo,,001_23223e66fe6ffd0f.txt,12766
Resources Division,"Children, Families & Education",revenue,Client Services,,,Directorate Overheads,2007/08,,,,,,,,,64.0,,memo,,001_23223e66fe6ffd0f.txt,12766
Resources Division,"Children, Families & Education",revenue,Client Services,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,12767
Resources Division,"Children, Families & Education",revenue,Client Services,,,Total Cost of Unit,2008/09,15.9,528.2,794.2,3369.0,,4691.4,-3470.7,0.0,1750.4,,total,,001_23223e66fe6ffd0f.txt,12768
Resources Division,"Children, Families & Education",revenue,Client Services,,,Total Cost of Unit,2007/08,14.1,,,,,,,,1633.4,,total,,001_23223e66fe6ffd0f.txt,12768
Resources Division,"Children, Families & Education",revenue,Business Management,,,Area based teams,2008/09,49.4,1123.7,593.5,69.0,,1786.2,-120.0,,1666.2,MD,line,,001_23223e66fe6ffd0f.txt,12780
Resources Division,"Children, Families & Education",revenue,Business Management,,,Area based teams,2007/08,54.4,,,,,,,,1696.5,MD,line,,001_23223e66fe6ffd0f.txt,12780
Resources Division,"Children, Families & Education",revenue,Business Management,,,Sessions team,2008/09,12.8,588.3,75.1,,,663.4,-23.0,,640.4,MD,line,,001_23223e66fe6ffd0f.txt,12781
Resources Division,"Children, Families & Education",revenue,Business Management,,,Sessions team,2007/08,21.8,,,,,,,,962.9,MD,line,,001_23223e66fe6ffd0f.txt,12781
Resources Division,"Children, Families & Education",revenue,Business Management,,,Controllable Totals,2008/09,62.2,1712.0,668.6,69.0,,2449.6,-143.0,0.0,2306.6,,total,,001_23223e66fe6ffd0f.txt,12782
Resources Division,"Children, Families & Education",revenue,Business Management,,,Controllable Totals,2007/08,76.1,,,,,,,,2659.4,,total,,001_23223e66fe6ffd0f.txt,12782
Resources Division,"Children, Families & Education",revenue,Business Management,,,Central Overheads,2008/09,,,,,,,,,235.7,,memo,,001_23223e66fe6ffd0f.txt,12784
Resources Division,"Children, Families & Education",revenue,Business Management,,,Central Overheads,2007/08,,,,,,,,,189.3,,memo,,001_23223e66fe6ffd0f.txt,12784
Resources Division,"Children, Families & Education",revenue,Business Management,,,Directorate Overheads,2008/09,,,,,,,,,-2542.3,,memo,,001_23223e66fe6ffd0f.txt,12785
Resources Division,"Children, Families & Education",revenue,Business Management,,,Directorate Overheads,2007/08,,,,,,,,,-2848.7,,memo,,001_23223e66fe6ffd0f.txt,12785
Resources Division,"Children, Families & Education",revenue,Business Management,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,12786
Resources Division,"Children, Families & Education",revenue,Business Management,,,Total Cost of Unit,2008/09,62.2,1712.0,668.6,69.0,,2449.6,-143.0,0.0,0.0,,total,,001_23223e66fe6ffd0f.txt,12787
Resources Division,"Children, Families & Education",revenue,Business Management,,,Total Cost of Unit,2007/08,76.1,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,12787
Resources Division,"Children, Families & Education",revenue,ISG,,,Broadband connectivity - base,2008/09,0.0,0.0,1800.0,,,1800.0,-1800.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,12799
Resources Division,"Children, Families & Education",revenue,ISG,,,Broadband connectivity - base,2007/08,0.0,,,,,,,,610.0,MD,line,,001_23223e66fe6ffd0f.txt,12799
Resources Division,"Children, Families & Education",revenue,ISG,,,"ISG - Management, Administration and Support",2008/09,0.0,28.2,638.9,,,667.1,-70.0,,597.1,MD,line,,001_23223e66fe6ffd0f.txt,12800
Resources Division,"Children, Families & Education",revenue,ISG,,,"ISG - Management, Administration and Support",2007/08,0.0,,,,,,,,542.1,MD,line,,001_23223e66fe6ffd0f.txt,12800
Resources Division,"Children, Families & Education",revenue,ISG,,,Controllable Totals,2008/09,0.0,28.2,2438.9,0.0,,2467.1,-1870.0,0.0,597.1,,total,,001_23223e66fe6ffd0f.txt,12801
Resources Division,"Children, Families & Education",revenue,ISG,,,Controllable Totals,2007/08,0.0,,,,,,,,1152.1,,total,,001_23223e66fe6ffd0f.txt,12801
Resources Division,"Children, Families & Education",revenue,ISG,,,Central Overheads,2008/09,,,,,,,,,237.4,,memo,,001_23223e66fe6ffd0f.txt,12803
Resources Division,"Children, Families & Education",revenue,ISG,,,Central Overheads,2007/08,,,,,,,,,205.1,,memo,,001_23223e66fe6ffd0f.txt,12803
Resources Division,"Children, Families & Education",revenue,ISG,,,Directorate Overheads,2008/09,,,,,,,,,41.2,,memo,,001_23223e66fe6ffd0f.txt,12804
Resources Division,"Children, Families & Education",revenue,ISG,,,Directorate Overheads,2007/08,,,,,,,,,50.7,,memo,,001_23223e66fe6ffd0f.txt,12804
Resources Division,"Children, Families & Education",revenue,ISG,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,12805
Resources Division,"Children, Families & Education",revenue,ISG,,,Total Cost of Unit,2008/09,0.0,28.2,2438.9,0.0,,2467.1,-1870.0,0.0,875.7,,total,,001_23223e66fe6ffd0f.txt,12806
Resources Division,"Children, Families & Education",revenue,ISG,,,Total Cost of Unit,2007/08,0.0,,,,,,,,1407.9,,total,,001_23223e66fe6ffd0f.txt,12806
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Digital Curriculum,2008/09,3.0,149.9,153.0,,,302.9,0.0,,302.9,MD,line,,001_23223e66fe6ffd0f.txt,12816
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Digital Curriculum,2007/08,3.0,,,,,,,,5035.7,MD,line,,001_23223e66fe6ffd0f.txt,12816
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Controllable Totals,2008/09,3.0,149.9,153.0,0.0,,302.9,0.0,0.0,302.9,,total,,001_23223e66fe6ffd0f.txt,12817
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Controllable Totals,2007/08,3.0,,,,,,,,5035.7,,total,,001_23223e66fe6ffd0f.txt,12817
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Central Overheads,2008/09,,,,,,,,,29.1,,memo,,001_23223e66fe6ffd0f.txt,12819
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Central Overheads,2007/08,,,,,,,,,340.3,,memo,,001_23223e66fe6ffd0f.txt,12819
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Directorate Overheads,2008/09,,,,,,,,,5.1,,memo,,001_23223e66fe6ffd0f.txt,12820
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Directorate Overheads,2007/08,,,,,,,,,84.2,,memo,,001_23223e66fe6ffd0f.txt,12820
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,12821
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Total Cost of Unit,2008/09,3.0,149.9,153.0,0.0,,302.9,0.0,0.0,337.1,,total,,001_23223e66fe6ffd0f.txt,12822
Resources Division,"Children, Families & Education",revenue,Digital Curriculum,,,Total Cost of Unit,2007/08,3.0,,,,,,,,5460.2,,total,,001_23223e66fe6ffd0f.txt,12822
Resources Division,"Children, Families & Education",revenue,2008-09,,,Communication & Information Governance Unit,2008/09,7.7,273.6,30.5,,,304.1,-10.3,,293.8,MD,line,,001_23223e66fe6ffd0f.txt,12835
Resources Division,"Children, Families & Education",revenue,2008-09,,,Communication & Information Governance Unit,2007/08,7.7,,,,,,,,268.9,MD,line,,001_23223e66fe6ffd0f.txt,12835
Resources Division,"Children, Families & Education",revenue,2008-09,,,Controllable Totals,2008/09,7.7,273.6,30.5,0.0,,304.1,-10.3,0.0,293.8,,total,,001_23223e66fe6ffd0f.txt,12836
Resources Division,"Children, Families & Education",revenue,2008-09,,,Controllable Totals,2007/08,7.7,,,,,,,,268.9,,total,,001_23223e66fe6ffd0f.txt,12836
Resources Division,"Children, Families & Education",revenue,2008-09,,,Central Overheads,2008/09,,,,,,,,,29.3,,memo,,001_23223e66fe6ffd0f.txt,12838
Resources Division,"Children, Families & Education",revenue,2008-09,,,Central Overheads,2007/08,,,,,,,,,18.2,,memo,,001_23223e66fe6ffd0f.txt,12838
Resources Division,"Children, Families & Education",revenue,2008-09,,,Directorate Overheads,2008/09,,,,,,,,,5.1,,memo,,001_23223e66fe6ffd0f.txt,12839
Resources Division,"Children, Families & Education",revenue,2008-09,,,Directorate Overheads,2007/08,,,,,,,,,4.5,,memo,,001_23223e66fe6ffd0f.txt,12839
Resources Division,"Children, Families & Education",revenue,2008-09,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,12840
Resources Division,"Children, Families & Education",revenue,2008-09,,,Total Cost of Unit,2008/09,7.7,273.6,30.5,0.0,,304.1,-10.3,0.0,328.2,,total,,001_23223e66fe6ffd0f.txt,12841
Resources Division,"Children, Families & Education",revenue,2008-09,,,Total Cost of Unit,2007/08,7.7,,,,,,,,291.6,,total,,001_23223e66fe6ffd0f.txt,12841
Resources Division,"Children, Families & Education",revenue,2008-09,,,Health and Safety Unit,2008/09,6.0,207.7,32.4,,,240.1,0.0,,240.1,MD,line,,001_23223e66fe6ffd0f.txt,12856
Resources Division,"Children, Families & Education",revenue,2008-09,,,Health and Safety Unit,2007/08,6.0,,,,,,,,235.6,MD,line,,001_23223e66fe6ffd0f.txt,12856
Resources Division,"Children, Families & Education",revenue,2008-09,,,Controllable Totals,2008/09,6.0,207.7,32.4,0.0,,240.1,0.0,0.0,240.1,,total,,001_23223e66fe6ffd0f.txt,12857
Resources Division,"Children, Families & Education",revenue,2008-09,,,Controllable Totals,2007/08,6.0,,,,,,,,235.6,,total,,001_23223e66fe6ffd0f.txt,12857
Resources Division,"Children, Families & Education",revenue,2008-09,,,Central Overheads,2008/09,,,,,,,,,23.1,,memo,,001_23223e66fe6ffd0f.txt,12859
Resources Division,"Children, Families & Education",revenue,2008-09,,,Central Overheads,2007/08,,,,,,,,,15.9,,memo,,001_23223e66fe6ffd0f.txt,12859
Resources Division,"Children, Families & Education",revenue,2008-09,,,Directorate Overheads,2008/09,,,,,,,,,4.0,,memo,,001_23223e66fe6ffd0f.txt,12860
Resources Division,"Children, Families & Education",revenue,2008-09,,,Directorate Overheads,2007/08,,,,,,,,,3.9,,memo,,001_23223e66fe6ffd0f.txt,12860
Resources Division,"Children, Families & Education",revenue,2008-09,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,12861
Resources Division,"Children, Families & Education",revenue,2008-09,,,Total Cost of Unit,2008/09,6.0,207.7,32.4,0.0,,240.1,0.0,0.0,267.2,,total,,001_23223e66fe6ffd0f.txt,12862
Resources Division,"Children, Families & Education",revenue,2008-09,,,Total Cost of Unit,2007/08,6.0,,,,,,,,255.4,,total,,001_23223e66fe6ffd0f.txt,12862
Resources Division,"Children, Families & Education",revenue,2008-09,,,Outdoor Education - Risk Management,2008/09,4.0,167.9,16.6,12.3,,196.8,-8.0,,188.8,MD,line,,001_23223e66fe6ffd0f.txt,12875
Resources Division,"Children, Families & Education",revenue,2008-09,,,Outdoor Education - Risk Management,2007/08,4.8,,,,,,,,185.1,MD,line,,001_23223e66fe6ffd0f.txt,12875
Resources Division,"Children, Families & Education",revenue,2008-09,,,Controllable Totals,2008/09,4.0,167.9,16.6,12.3,,196.8,-8.0,0.0,188.8,,total,,001_23223e66fe6ffd0f.txt,12876
Resources Division,"Children, Families & Education",revenue,2008-09,,,Controllable Totals,2007/08,4.8,,,,,,,,185.1,,total,,001_23223e66fe6ffd0f.txt,12876
Resources Division,"Children, Families & Education",revenue,2008-09,,,Central Overheads,2008/09,,,,,,,,,18.9,,memo,,001_23223e66fe6ffd0f.txt,12878
Resources Division,"Children, Families & Education",revenue,2008-09,,,Central Overheads,2007/08,,,,,,,,,12.5,,memo,,001_23223e66fe6ffd0f.txt,12878
Resources Division,"Children, Families & Education",revenue,2008-09,,,Directorate Overheads,2008/09,,,,,,,,,3.3,,memo,,001_23223e66fe6ffd0f.txt,12879
Resources Division,"Children, Families & Education",revenue,2008-09,,,Directorate Overheads,2007/08,,,,,,,,,3.1,,memo,,001_23223e66fe6ffd0f.txt,12879
Resources Division,"Children, Families & Education",revenue,2008-09,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,12880
Resources Division,"Children, Families & Education",revenue,2008-09,,,Total Cost of Unit,2008/09,0.0,167.9,16.6,12.3,,196.8,-8.0,0.0,211.0,,total,,001_23223e66fe6ffd0f.txt,12881
Resources Division,"Children, Families & Education",revenue,2008-09,,,Total Cost of Unit,2007/08,0.0,,,,,,,,200.7,,total,,001_23223e66fe6ffd0f.txt,12881
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Strategic Management,2008/09,10.0,1372.5,435.3,,,1807.8,-102.8,,1705.0,MD,line,,001_23223e66fe6ffd0f.txt,12891
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Strategic Management,2007/08,10.0,,,,,,,,1472.3,MD,line,,001_23223e66fe6ffd0f.txt,12891
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Controllable Totals,2008/09,10.0,1372.5,435.3,0.0,,1807.8,-102.8,0.0,1705.0,,total,,001_23223e66fe6ffd0f.txt,12892
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Controllable Totals,2007/08,10.0,,,,,,,,1472.3,,total,,001_23223e66fe6ffd0f.txt,12892
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Central Overheads,2008/09,,,,,,,,,173.9,,memo,,001_23223e66fe6ffd0f.txt,12894
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Central Overheads,2007/08,,,,,,,,,106.9,,memo,,001_23223e66fe6ffd0f.txt,12894
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Directorate Overheads,2008/09,,,,,,,,,-1878.9,,memo,,001_23223e66fe6ffd0f.txt,12895
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Directorate Overheads,2007/08,,,,,,,,,-1579.2,,memo,,001_23223e66fe6ffd0f.txt,12895
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,12896
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Total Cost of Unit,2008/09,10.0,1372.5,435.3,0.0,,1807.8,-102.8,0.0,0.0,,total,,001_23223e66fe6ffd0f.txt,12897
Resources Division,"Children, Families & Education",revenue,Strategic Management,,,Total Cost of Unit,2007/08,10.0,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,12897
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Strategic planning and review,2008/09,13.8,608.4,0.0,,,608.4,0.0,,608.4,CW,line,,001_23223e66fe6ffd0f.txt,13552
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Strategic planning and review,2007/08,13.8,,,,,,,,596.5,CW,line,,001_23223e66fe6ffd0f.txt,13552
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Children Trust development,2008/09,3.0,171.8,363.7,,,535.5,0.0,,535.5,CW,line,,001_23223e66fe6ffd0f.txt,13553
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Children Trust development,2007/08,1.0,,,,,,,,20.0,CW,line,,001_23223e66fe6ffd0f.txt,13553
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Customer Care,2008/09,0.0,0.0,29.0,,,29.0,0.0,,29.0,CW,line,,001_23223e66fe6ffd0f.txt,13554
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Customer Care,2007/08,0.0,,,,,,,,29.0,CW,line,,001_23223e66fe6ffd0f.txt,13554
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Kent Children Safeguarding Board,2008/09,0.0,100.0,150.0,,,250.0,-250.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,13555
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Kent Children Safeguarding Board,2007/08,0.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,13555
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,LA Initiatives,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,,line,,001_23223e66fe6ffd0f.txt,13556
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,LA Initiatives,2007/08,0.0,,,,,,,,15.0,,line,,001_23223e66fe6ffd0f.txt,13556
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Early Years Sure Start,2008/09,3.0,118.9,0.0,,,118.9,0.0,,118.9,CW,line,,001_23223e66fe6ffd0f.txt,13557
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Early Years Sure Start,2007/08,3.0,,,,,,,,118.9,CW,line,,001_23223e66fe6ffd0f.txt,13557
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Workforce development,2008/09,8.5,764.9,0.0,,,764.9,0.0,,764.9,CW,line,,001_23223e66fe6ffd0f.txt,13558
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Workforce development,2007/08,8.5,,,,,,,,751.4,CW,line,,001_23223e66fe6ffd0f.txt,13558
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Controllable Totals,2008/09,28.3,1764.0,542.7,0.0,,2306.7,-250.0,0.0,2056.7,,total,,001_23223e66fe6ffd0f.txt,13559
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Controllable Totals,2007/08,26.3,,,,,,,,1530.8,,total,,001_23223e66fe6ffd0f.txt,13559
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Central Overheads,2008/09,,,,,,,,,23.6,,memo,,001_23223e66fe6ffd0f.txt,13561
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Directorate Overheads,2008/09,,,,,,,,,38.5,,memo,,001_23223e66fe6ffd0f.txt,13562
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,13563
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Total Cost of Unit,2008/09,28.3,1764.0,542.7,0.0,,2306.7,-250.0,0.0,2118.8,,total,,001_23223e66fe6ffd0f.txt,13564
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Total Cost of Unit,2007/08,26.3,,,,,,,,1530.8,,total,,001_23223e66fe6ffd0f.txt,13564
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Policy and Performance,2008/09,25.9,1468.6,146.9,,,1615.5,-140.0,,1475.5,CW,line,,001_23223e66fe6ffd0f.txt,13568
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Policy and Performance,2007/08,30.9,,,,,,,,1642.6,CW,line,,001_23223e66fe6ffd0f.txt,13568
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Children Safeguarding Service,2008/09,13.4,637.7,105.5,,,743.2,-5.0,,738.2,CW,line,,001_23223e66fe6ffd0f.txt,13569
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Children Safeguarding Service,2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,13569
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,SEN Standards Fund (ABG),2008/09,0.0,40.0,0.0,,,40.0,0.0,,40.0,CW,line,,001_23223e66fe6ffd0f.txt,13570
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,SEN Standards Fund (ABG),2007/08,0.0,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,13570
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,SACRE,2008/09,0.0,0.0,7.0,,,7.0,0.0,,7.0,CW,line,,001_23223e66fe6ffd0f.txt,13571
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,SACRE,2007/08,0.0,,,,,,,,7.0,CW,line,,001_23223e66fe6ffd0f.txt,13571
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Independent Reviewing Officers,2008/09,21.8,830.1,132.1,,,962.2,0.0,,962.2,CW,line,,001_23223e66fe6ffd0f.txt,13572
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Independent Reviewing Officers,2007/08,18.8,,,,,,,,856.2,CW,line,,001_23223e66fe6ffd0f.txt,13572
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Young Peoples View,2008/09,0.0,0.0,50.0,,,50.0,0.0,,50.0,CW,line,,001_23223e66fe6ffd0f.txt,13573
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Young Peoples View,2007/08,0.0,,,,,,,,50.0,CW,line,,001_23223e66fe6ffd0f.txt,13573
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Preparing for Employment,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13574
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Preparing for Employment,2007/08,0.0,,,,,,,,500.0,MD,line,,001_23223e66fe6ffd0f.txt,13574
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Young peoples Health,2008/09,0.0,0.0,150.0,,,150.0,0.0,,150.0,CW,line,,001_23223e66fe6ffd0f.txt,13575
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Young peoples Health,2007/08,0.0,,,,,,,,150.0,CW,line,,001_23223e66fe6ffd0f.txt,13575
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Consultancy,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,13576
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Consultancy,2007/08,0.0,,,,,,,,-100.0,CW,line,,001_23223e66fe6ffd0f.txt,13576
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,14-19 Flexible Partnership Standards Fund,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,13577
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,14-19 Flexible Partnership Standards Fund,2007/08,0.0,,,,,,,,157.7,CW,line,,001_23223e66fe6ffd0f.txt,13577
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Post 14 Development,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13578
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Post 14 Development,2007/08,0.0,,,,,,,,35.1,MD,line,,001_23223e66fe6ffd0f.txt,13578
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Legal Services,2008/09,0.0,0.0,380.9,,,380.9,0.0,,380.9,CW,line,,001_23223e66fe6ffd0f.txt,13579
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Legal Services,2007/08,0.0,,,,,,,,375.1,CW,line,,001_23223e66fe6ffd0f.txt,13579
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,LA Initiatives,2008/09,0.0,0.0,0.0,,,0.0,0.0,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,13580
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,LA Initiatives,2007/08,0.0,,,,,,,,12.0,CW,line,,001_23223e66fe6ffd0f.txt,13580
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Primary and Secondary Forums,2008/09,0.0,0.0,20.0,,,20.0,0.0,,20.0,CW,line,,001_23223e66fe6ffd0f.txt,13581
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Primary and Secondary Forums,2007/08,0.0,,,,,,,,20.0,CW,line,,001_23223e66fe6ffd0f.txt,13581
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Kent Children Safeguarding Board,2008/09,6.5,0.0,102.0,,,102.0,0.0,,102.0,CW,line,,001_23223e66fe6ffd0f.txt,13582
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Kent Children Safeguarding Board,2007/08,6.5,,,,,,,,0.0,CW,line,,001_23223e66fe6ffd0f.txt,13582
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,CRB,2008/09,3.0,31.8,22.0,,,53.8,0.0,,53.8,CW,line,,001_23223e66fe6ffd0f.txt,13583
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,CRB,2007/08,3.0,,,,,,,,52.0,CW,line,,001_23223e66fe6ffd0f.txt,13583
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Controllable Totals,2008/09,70.6,3008.1,1116.4,0.0,,4124.5,-145.0,0.0,3979.5,,total,,001_23223e66fe6ffd0f.txt,13584
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Controllable Totals,2007/08,59.2,,,,,,,,3757.7,,total,,001_23223e66fe6ffd0f.txt,13584
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Central Overheads,2008/09,,,,,,,,,42.3,,memo,,001_23223e66fe6ffd0f.txt,13586
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Central Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,13586
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Directorate Overheads,2008/09,,,,,,,,,68.9,,memo,,001_23223e66fe6ffd0f.txt,13587
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Directorate Overheads,2007/08,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,13587
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,13588
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Total Cost of Unit,2008/09,70.6,3008.1,1116.4,0.0,,4124.5,-145.0,0.0,4090.7,,total,,001_23223e66fe6ffd0f.txt,13589
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Strategic Planning and Review,,,Total Cost of Unit,2007/08,59.2,,,,,,,,3757.7,,total,,001_23223e66fe6ffd0f.txt,13589
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Extended schools - base (inc. family liaison officers),2008/09,7.3,342.3,726.1,,,1068.4,0.0,,1068.4,MD,line,,001_23223e66fe6ffd0f.txt,13597
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Extended schools - base (inc. family liaison officers),2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13597
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Sure start extended schools,2008/09,4.0,57.4,1426.5,,,1483.9,0.0,,1483.9,MD,line,,001_23223e66fe6ffd0f.txt,13598
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Sure start extended schools,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13598
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Extended schools start-up (ABG),2008/09,0.0,0.0,1589.7,,,1589.7,0.0,,1589.7,MD,line,,001_23223e66fe6ffd0f.txt,13599
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Extended schools start-up (ABG),2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13599
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Extended schools sustainability (standards fund),2008/09,0.0,175.0,0.0,,,175.0,0.0,,175.0,MD,line,,001_23223e66fe6ffd0f.txt,13600
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Extended schools sustainability (standards fund),2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13600
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,SDG study support (ABG),2008/09,0.5,51.3,0.0,,,51.3,0.0,,51.3,MD,line,,001_23223e66fe6ffd0f.txt,13601
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,SDG study support (ABG),2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13601
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Playing for success (standards fund),2008/09,4.6,212.2,87.8,,,300.0,0.0,,300.0,MD,line,,001_23223e66fe6ffd0f.txt,13602
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Playing for success (standards fund),2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13602
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Healthy schools (inc. ABG),2008/09,2.5,100.0,311.4,,,411.4,0.0,,411.4,MD,line,,001_23223e66fe6ffd0f.txt,13603
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Healthy schools (inc. ABG),2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13603
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Childrens Fund,2008/09,4.0,340.0,180.0,,,520.0,-160.0,,360.0,MD,line,,001_23223e66fe6ffd0f.txt,13604
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Childrens Fund,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13604
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Kent Children's University,2008/09,2.6,57.7,40.3,,,98.0,-50.0,,48.0,MD,line,,001_23223e66fe6ffd0f.txt,13605
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Kent Children's University,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13605
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Parent Support Advisors (TDA grant),2008/09,1.0,300.0,0.0,,,300.0,-300.0,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13606
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Parent Support Advisors (TDA grant),2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13606
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,T2010 Supporting parents,2008/09,0.0,0.0,400.0,,,400.0,0.0,,400.0,MD,line,,001_23223e66fe6ffd0f.txt,13607
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,T2010 Supporting parents,2007/08,0.0,,,,,,,,0.0,MD,line,,001_23223e66fe6ffd0f.txt,13607
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Controllable Totals,2008/09,26.5,1635.9,4761.8,0.0,,6397.7,-510.0,0.0,5887.7,,total,,001_23223e66fe6ffd0f.txt,13608
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Controllable Totals,2007/08,0.0,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,13608
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Central Overheads,2008/09,,,,,,,,,615.6,,memo,,001_23223e66fe6ffd0f.txt,13610
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Directorate Overheads,2008/09,,,,,,,,,106.8,,memo,,001_23223e66fe6ffd0f.txt,13611
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,13612
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Total Cost of Unit,2008/09,26.5,1635.9,4761.8,0.0,,6397.7,-510.0,0.0,6610.1,,total,,001_23223e66fe6ffd0f.txt,13613
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Extended Services,,,Total Cost of Unit,2007/08,0.0,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,13613
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Nursery Payments 3 Year Olds,2008/09,0.0,0.0,19984.5,,,19984.5,0.0,,19984.5,CW,line,,001_23223e66fe6ffd0f.txt,13640
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Nursery Payments 3 Year Olds,2007/08,0.0,,,,,,,,18880.5,CW,line,,001_23223e66fe6ffd0f.txt,13640
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Nursery Payments 4 Year Olds,2008/09,0.0,0.0,8472.0,,,8472.0,0.0,,8472.0,CW,line,,001_23223e66fe6ffd0f.txt,13641
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Nursery Payments 4 Year Olds,2007/08,0.0,,,,,,,,8112.0,CW,line,,001_23223e66fe6ffd0f.txt,13641
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,"Management, Administration and Support",2008/09,52.0,1547.9,618.4,,,2166.3,-35.0,,2131.3,CW,line,,001_23223e66fe6ffd0f.txt,13642
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,"Management, Administration and Support",2007/08,30.0,,,,,,,,1087.1,CW,line,,001_23223e66fe6ffd0f.txt,13642
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Controllable Totals,2008/09,52.0,1547.9,29074.9,0.0,,30622.8,-35.0,0.0,30587.8,,total,,001_23223e66fe6ffd0f.txt,13643
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Controllable Totals,2007/08,30.0,,,,,,,,28079.6,,total,,001_23223e66fe6ffd0f.txt,13643
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Central Overheads,2008/09,,,,,,,,,313.8,,memo,,001_23223e66fe6ffd0f.txt,13645
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Central Overheads,2007/08,,,,,,,,,1900.2,,memo,,001_23223e66fe6ffd0f.txt,13645
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Directorate Overheads,2008/09,,,,,,,,,511.4,,memo,,001_23223e66fe6ffd0f.txt,13646
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Directorate Overheads,2007/08,,,,,,,,,470.1,,memo,,001_23223e66fe6ffd0f.txt,13646
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,13647
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Total Cost of Unit,2008/09,52.0,1547.9,29074.9,0.0,,30622.8,-35.0,0.0,31413.0,,total,,001_23223e66fe6ffd0f.txt,13648
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Total Cost of Unit,2007/08,30.0,,,,,,,,30449.9,,total,,001_23223e66fe6ffd0f.txt,13648
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,International Development,,International Development,2008/09,11.2,120.9,74.4,,,195.3,-100.0,,95.3,CW,line,,001_23223e66fe6ffd0f.txt,13655
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,International Development,,International Development,2007/08,11.2,,,,,,,,94.0,CW,line,,001_23223e66fe6ffd0f.txt,13655
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Controllable Totals,2008/09,11.2,120.9,74.4,0.0,,195.3,-100.0,0.0,95.3,,total,,001_23223e66fe6ffd0f.txt,13657
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Controllable Totals,2007/08,11.2,,,,,,,,94.0,,total,,001_23223e66fe6ffd0f.txt,13657
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Central Overheads,2008/09,,,,,,,,,2.0,,memo,,001_23223e66fe6ffd0f.txt,13659
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Central Overheads,2007/08,,,,,,,,,13.1,,memo,,001_23223e66fe6ffd0f.txt,13659
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Directorate Overheads,2008/09,,,,,,,,,3.3,,memo,,001_23223e66fe6ffd0f.txt,13660
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Directorate Overheads,2007/08,,,,,,,,,3.2,,memo,,001_23223e66fe6ffd0f.txt,13660
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,13661
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Total Cost of Unit,2008/09,11.2,120.9,74.4,0.0,,195.3,-100.0,0.0,100.6,,total,,001_23223e66fe6ffd0f.txt,13662
"Strategy, Policy and Performance Division","Children, Families & Education",revenue,Project Management,,,Total Cost of Unit,2007/08,11.2,,,,,,,,110.3,,total,,001_23223e66fe6ffd0f.txt,13662
Corporate Finance,Chief Executive's Department,revenue,FINANCE BUSINESS PLAN /BUDGET 08/09,,50030/2 5/50/51,COUNTY FINANCE,2008/09,9.1,1040.20,612.4,,,1652.6,-159.6,-54,1439,,line,,001_23223e66fe6ffd0f.txt,14302
Corporate Finance,Chief Executive's Department,revenue,FINANCE BUSINESS PLAN /BUDGET 08/09,,50030/2 5/50/51,COUNTY FINANCE,2007/08,9.6,,,,,,,,1584.4,,line,,001_23223e66fe6ffd0f.txt,14302
Corporate Finance,Chief Executive's Department,revenue,FINANCE BUSINESS PLAN /BUDGET 08/09,,50100/5 0055,INTERNAL AUDIT & RISK,2008/09,31.5,1193.90,102.3,,,1296.2,-658.8,-24.6,612.8,,line,,001_23223e66fe6ffd0f.txt,14303
Corporate Finance,Chief Executive's Department,revenue,FINANCE BUSINESS PLAN /BUDGET 08/09,,50100/5 0055,INTERNAL AUDIT & RISK,2007/08,30.4,,,,,,,,649.2,,line,,001_23223e66fe6ffd0f.txt,14303
Corporate Finance,Chief Executive's Department,revenue,FINANCE BUSINESS PLAN /BUDGET 08/09,,50040; 50060; 50105; 50135,FINANCIAL SERVICES,2008/09,100.3,3064.20,556,,,3620.2,-2412.9,-193.5,1013.8,,line,,001_23223e66fe6ffd0f.txt,14304
Corporate Finance,Chief Executive's Department,revenue,FINANCE BUSINESS PLAN /BUDGET 08/09,,50040; 50060; 50105; 50135,FINANCIAL SERVICES,2007/08,91.6,,,,,,,,937.6,,line,,001_23223e66fe6ffd0f.txt,14304
Corporate Finance,Chief Executive's Department,revenue,FINANCE BUSINESS PLAN /BUDGET 08/09,,50045; 65;5001 0;20;35,ACCOUNTING & BUDGETING,2008/09,24.0,1078.60,745.3,,,1823.9,-118,0,1705.9,,line,,001_23223e66fe6ffd0f.txt,14305
Corporate Finance,Chief Executive's Department,revenue,FINANCE BUSINESS PLAN /BUDGET 08/09,,50045; 65;5001 0;20;35,ACCOUNTING & BUDGETING,2007/08,27.8,,,,,,,,1810.4,,line,,001_23223e66fe6ffd0f.txt,14305
Corporate Finance,Chief Executive's Department,revenue,FINANCE BUSINESS PLAN /BUDGET 08/09,,,TOTALS,2008/09,165,6376.90,2016,0,,8392.9,-3349.3,-272.1,4771.5,,total,,001_23223e66fe6ffd0f.txt,14306
Corporate Finance,Chief Executive's Department,revenue,FINANCE BUSINESS PLAN /BUDGET 08/09,,,TOTALS,2007/08,159.4,,,,,,,,4981.6,,total,,001_23223e66fe6ffd0f.txt,14306
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Capital Projects,2008/09,29.0,1182.8,42.2,,,1225.0,,-1185.2,39.8,NC,line,,001_23223e66fe6ffd0f.txt,14624
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Capital Projects,2007/08,,,,,,,,,24.0,NC,line,,001_23223e66fe6ffd0f.txt,14624
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Contract Performance & Financial Monitoring,2008/09,8.0,231.0,1.2,,,232.2,,-232.2,,NC,line,,001_23223e66fe6ffd0f.txt,14625
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Contract Performance & Financial Monitoring,2007/08,,,,,,,,,8.0,NC,line,,001_23223e66fe6ffd0f.txt,14625
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Strategic Assets Initiative & Office Transformation,2008/09,3.0,172.0,141.0,,,313.0,-38.9,-200.0,74.1,NC,line,,001_23223e66fe6ffd0f.txt,14626
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Strategic Assets Initiative & Office Transformation,2007/08,2.0,,,,,,,,112.5,NC,line,,001_23223e66fe6ffd0f.txt,14626
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Resources,2008/09,11.6,414.4,2.0,97.0,,513.4,,-189.5,323.9,NC,line,,001_23223e66fe6ffd0f.txt,14627
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Resources,2007/08,8.0,,,,,,,,329.7,NC,line,,001_23223e66fe6ffd0f.txt,14627
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Director of Property & Business Support,2008/09,4.6,490.1,65.3,,,555.4,,-228.3,327.1,NC,line,,001_23223e66fe6ffd0f.txt,14628
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Director of Property & Business Support,2007/08,4.6,,,,,,,,462.2,NC,line,,001_23223e66fe6ffd0f.txt,14628
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,PFI Team,2008/09,,,,,,,,,0.0,NC,line,,001_23223e66fe6ffd0f.txt,14629
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,PFI Team,2007/08,,,,,,,,,6.9,NC,line,,001_23223e66fe6ffd0f.txt,14629
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Maintenance & Minor Works,2008/09,8.0,359.5,16.1,1028.7,,1404.3,,-629.7,774.6,NC,line,,001_23223e66fe6ffd0f.txt,14630
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Maintenance & Minor Works,2007/08,11.0,,,,,,,,799.7,NC,line,,001_23223e66fe6ffd0f.txt,14630
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Estates Management Team,2008/09,11.4,430.9,19.5,884.0,,1334.4,,-355.4,979.0,NC,line,,001_23223e66fe6ffd0f.txt,14631
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Estates Management Team,2007/08,8.4,,,,,,,,754.9,NC,line,,001_23223e66fe6ffd0f.txt,14631
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Property Asset Mgm,2007/08,1.6,,,,,,,,-185.7,NC,line,,001_23223e66fe6ffd0f.txt,14632
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Property Development & Disposals,2008/09,4.0,233.7,9.5,40.0,,283.2,,-283.2,,NC,line,,001_23223e66fe6ffd0f.txt,14633
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Property Development & Disposals,2007/08,3.0,,,,,,,,0.0,NC,line,,001_23223e66fe6ffd0f.txt,14633
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Kent Facilities Management,2008/09,46.8,1069.4,1001.0,1123.3,,3193.7,-65.6,-50.1,3078.0,NC,line,,001_23223e66fe6ffd0f.txt,14634
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Kent Facilities Management,2007/08,45.7,,,,,,,,6246.4,NC,line,,001_23223e66fe6ffd0f.txt,14634
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,SHQ Offices & Staff,2008/09,17.9,399.4,752.7,1019.8,,2171.9,-41.6,,2130.3,NC,line,,001_23223e66fe6ffd0f.txt,14635
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,SHQ Offices & Staff,2007/08,18.9,,,,,,,,3543.7,NC,line,,001_23223e66fe6ffd0f.txt,14635
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,FM Contracts,2008/09,3.5,110.1,14.9,,,125.0,-24.0,-50.1,50.9,NC,line,,001_23223e66fe6ffd0f.txt,14636
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,FM Contracts,2007/08,3.5,,,,,,,,37.6,NC,line,,001_23223e66fe6ffd0f.txt,14636
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Clover House,2008/09,3.8,76.5,43.6,15.5,,135.6,,,135.6,NC,line,,001_23223e66fe6ffd0f.txt,14637
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Clover House,2007/08,3.8,,,,,,,,213.4,NC,line,,001_23223e66fe6ffd0f.txt,14637
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Kingshill,2008/09,6.8,163.1,75.7,45.8,,284.6,,,284.6,NC,line,,001_23223e66fe6ffd0f.txt,14638
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Kingshill,2007/08,6.8,,,,,,,,1211.2,NC,line,,001_23223e66fe6ffd0f.txt,14638
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Post,2008/09,9.2,185.8,27.9,,,213.7,,,213.7,NC,line,,001_23223e66fe6ffd0f.txt,14639
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Post,2007/08,6.6,,,,,,,,157.7,NC,line,,001_23223e66fe6ffd0f.txt,14639
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Kroner,2008/09,5.6,134.5,86.2,42.2,,262.9,,,262.9,NC,line,,001_23223e66fe6ffd0f.txt,14640
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Kroner,2007/08,6.1,,,,,,,,1082.8,NC,line,,001_23223e66fe6ffd0f.txt,14640
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,County Wide Offices & Brussels,2008/09,2.6,83.0,5916.6,,,5999.6,-218.6,-1039.9,4741.1,NC,line,,001_23223e66fe6ffd0f.txt,14641
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,County Wide Offices & Brussels,2007/08,1.6,,,,,,,,1868.0,NC,line,,001_23223e66fe6ffd0f.txt,14641
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Meeting Room Lettings,2008/09,2.5,60.1,125.6,158.7,,344.4,-14.2,-330.2,,NC,line,,001_23223e66fe6ffd0f.txt,14642
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Meeting Room Lettings,2007/08,2.5,,,,,,,,-121.4,NC,line,,001_23223e66fe6ffd0f.txt,14642
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Oakwood House,2008/09,4.0,134.9,489.6,984.0,,1608.5,-1246.7,-803.5,-441.7,NC,line,,001_23223e66fe6ffd0f.txt,14643
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Oakwood House,2007/08,4.0,,,,,,,,-401.0,NC,line,,001_23223e66fe6ffd0f.txt,14643
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Controllable Totals,2008/09,135.5,4861.8,7829.6,4315.7,,17007.1,-1584.0,-5527.2,9895.9,,total,,001_23223e66fe6ffd0f.txt,14644
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Controllable Totals,2007/08,131.3,,,,,,,,9865.3,,total,,001_23223e66fe6ffd0f.txt,14644
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Income Target,2008/09,,,,,,,-700.0,,-700.0,NC,line,,001_23223e66fe6ffd0f.txt,14645
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Income Target,2007/08,,,,,,,,,-3300.0,NC,line,,001_23223e66fe6ffd0f.txt,14645
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Central Overheads,2008/09,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,14647
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Directorate Overheads,2008/09,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,14648
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Capital charges,2008/09,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,14649
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Total Cost of Unit,2008/09,135.5,4861.8,7829.6,4315.7,,17007.1,-2284.0,-5527.2,9195.9,,total,,001_23223e66fe6ffd0f.txt,14650
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Total Cost of Unit,2007/08,131.3,,,,,,,,6565.3,,total,,001_23223e66fe6ffd0f.txt,14650
Property Group,Chief Executive's Department,revenue,REVENUE BUDGET,,,Property Enterprise Fund,2008/09,1.2,86.0,370.6,,,456.6,-200.0,-256.6,,NC,line,,001_23223e66fe6ffd0f.txt,14651
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,Policy,2008/09,16.2,1195.3,-115.4,-340.2,,,,,739.7,PC,line,,001_23223e66fe6ffd0f.txt,15062
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,Policy,2007/08,25.4,,,,,,,,1533.5,PC,line,,001_23223e66fe6ffd0f.txt,15062
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,ISG,2008/09,304.4,14693.3,-1042.4,-5894.9,,,,,15437.1,AK,line,,001_23223e66fe6ffd0f.txt,15063
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,ISG,2007/08,295.95,,,,,,,,15518.0,AK,line,,001_23223e66fe6ffd0f.txt,15063
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,European Affairs Group,2008/09,7.0,362.1,99.0,-39.7,,,,,348.2,AK,line,,001_23223e66fe6ffd0f.txt,15064
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,European Affairs Group,2007/08,8.0,,,,,,,,323.0,AK,line,,001_23223e66fe6ffd0f.txt,15064
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,Kent Partnerships,2008/09,7.0,381.6,74.8,0.0,,,,,456.4,PC,line,,001_23223e66fe6ffd0f.txt,15065
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,Kent Partnerships,2007/08,7.0,,,,,,,,368.0,PC,line,,001_23223e66fe6ffd0f.txt,15065
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,Controllable Totals,2008/09,334.6,16632.3,-984,-6274.8,,,,,16981.4,,total,,001_23223e66fe6ffd0f.txt,15066
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,Controllable Totals,2007/08,336.35,,,,,,,,17742.5,,total,,001_23223e66fe6ffd0f.txt,15066
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,Central Overheads,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,15068
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,Directorate Overheads,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,15069
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,Capital charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,15070
Business Solutions & Policy,Chief Executive's Department,revenue,Revenue Budget,,,Total Cost of Unit,2008/09,,,,,,,,,,,total,,001_23223e66fe6ffd0f.txt,15071
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Legal,2008/09,91.5,4096.4,229.2,1000.0,,5325.6,-736.0,-4989.8,-400.2,,line,,001_23223e66fe6ffd0f.txt,17024
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Legal,2007/08,73.2,,,,,,,,-300.4,,line,,001_23223e66fe6ffd0f.txt,17024
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Members,2008/09,3.0,125.1,2258.9,,,2384.0,,,2384.0,,line,,001_23223e66fe6ffd0f.txt,17025
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Members,2007/08,3.0,,,,,,,,2264.1,,line,,001_23223e66fe6ffd0f.txt,17025
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Cabinet Support,2008/09,6.0,270.0,,,,270.0,,,270.0,,line,,001_23223e66fe6ffd0f.txt,17026
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Democratic Services,2008/09,26.0,1047.1,163.3,,,1210.4,-18.3,,1192.1,,line,,001_23223e66fe6ffd0f.txt,17027
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Democratic Services,2007/08,33.0,,,,,,,,1182.1,,line,,001_23223e66fe6ffd0f.txt,17027
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Data Protection,2008/09,2.0,77.7,12.6,,,90.3,,,90.3,,line,,001_23223e66fe6ffd0f.txt,17028
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Data Protection,2007/08,1.6,,,,,,,,89.1,,line,,001_23223e66fe6ffd0f.txt,17028
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Local Boards,2008/09,17.3,588.7,105.0,,,693.7,,,693.7,,line,,001_23223e66fe6ffd0f.txt,17029
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Local Boards,2007/08,6.0,,,,,,,,341.7,,line,,001_23223e66fe6ffd0f.txt,17029
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Corporate Communication,2007/08,19.0,,,,,,,,1065.5,,line,,001_23223e66fe6ffd0f.txt,17030
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,IAPU,2007/08,3.0,,,,,,,,-115.0,,line,,001_23223e66fe6ffd0f.txt,17031
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Controllable Totals,2008/09,145.8,6205.0,2769.0,1000.0,,9974.0,-754.3,-4989.8,4229.9,,total,,001_23223e66fe6ffd0f.txt,17032
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Controllable Totals,2007/08,138.8,,,,,,,,4527.1,,total,,001_23223e66fe6ffd0f.txt,17032
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Central Overheads,2008/09,,,,,,,,,772.9,,memo,,001_23223e66fe6ffd0f.txt,17034
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Central Overheads,2007/08,,,,,,,,,772.9,,memo,,001_23223e66fe6ffd0f.txt,17034
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Directorate Overheads,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,17035
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Capital charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,17036
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Total Cost of Unit,2008/09,,,,,,,,,5002.8,,total,,001_23223e66fe6ffd0f.txt,17037
Legal & Democratic Services,Chief Executive's Department,revenue,Revenue Budget,,,Total Cost of Unit,2007/08,,,,,,,,,5300.0,,total,,001_23223e66fe6ffd0f.txt,17037
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Strategy & Leadership,2008/09,4.7,328.20,108.5,,,436.7,,,436.7,,line,,001_23223e66fe6ffd0f.txt,17459
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Strategy & Leadership,2007/08,5.7,,,,,,,,635.4,,line,,001_23223e66fe6ffd0f.txt,17459
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Added Years,2008/09,,164.50,,,,164.5,,,164.5,,line,,001_23223e66fe6ffd0f.txt,17460
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Added Years,2007/08,186.4,,,,,,,,,,line,,001_23223e66fe6ffd0f.txt,17460
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Business support,2008/09,16.3,706.90,24.4,,,731.3,,-129.2,602.1,,line,,001_23223e66fe6ffd0f.txt,17461
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Business support,2007/08,16,,,,,,,,565,,line,,001_23223e66fe6ffd0f.txt,17461
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Pay & Reward,2008/09,5.4,247.00,17,,,264,,-34.2,229.8,,line,,001_23223e66fe6ffd0f.txt,17462
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Pay & Reward,2007/08,5.4,,,,,,,,227.4,,line,,001_23223e66fe6ffd0f.txt,17462
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Rewards Strategy,2008/09,,,107,,,107,,,107,,line,,001_23223e66fe6ffd0f.txt,17463
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Employee Relations & Policy,2008/09,3.6,194.90,29.6,,,224.5,,,224.5,,line,,001_23223e66fe6ffd0f.txt,17464
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Employee Services,2008/09,3.6,194.90,29.6,,,224.5,,,224.5,,line,,001_23223e66fe6ffd0f.txt,17465
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Employee Services,2007/08,3.8,,,,,,,,217.2,,line,,001_23223e66fe6ffd0f.txt,17465
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Personnel Information Services,2008/09,74.0,1981.60,191.2,,,2172.8,-78,-173.4,1921.4,,line,,001_23223e66fe6ffd0f.txt,17466
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Personnel Information Services,2007/08,69.5,,,,,,,,1901.1,,line,,001_23223e66fe6ffd0f.txt,17466
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Learning & Development,2008/09,9.8,361.90,8.6,,,370.5,,,370.5,,line,,001_23223e66fe6ffd0f.txt,17467
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Learning & Development,2007/08,9.6,,,,,,,,365,,line,,001_23223e66fe6ffd0f.txt,17467
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,PD Training Budget,2008/09,17.8,686.60,630.8,,,1317.4,-20,-903.7,393.7,,line,,001_23223e66fe6ffd0f.txt,17468
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,PD Training Budget,2007/08,18.8,,,,,,,,419.8,,line,,001_23223e66fe6ffd0f.txt,17468
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Health & Safety,2008/09,,31.30,,,,31.3,,,31.3,,line,,001_23223e66fe6ffd0f.txt,17469
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Health & Safety,2007/08,31.3,,,,,,,,,,line,,001_23223e66fe6ffd0f.txt,17469
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Equalities,2008/09,4.0,190.60,34.4,,,225,,,225,,line,,001_23223e66fe6ffd0f.txt,17470
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Equalities,2007/08,4,,,,,,,,221.9,,line,,001_23223e66fe6ffd0f.txt,17470
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Staff Care Services,2008/09,3.8,182.40,50.1,,,232.5,,,232.5,,line,,001_23223e66fe6ffd0f.txt,17471
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Staff Care Services,2007/08,3.8,,,,,,,,229.8,,line,,001_23223e66fe6ffd0f.txt,17471
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Well Being Health Checks,2008/09,15.1,550.00,366.4,,,916.4,-28.1,-405.7,482.6,,line,,001_23223e66fe6ffd0f.txt,17472
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Well Being Health Checks,2007/08,14.1,,,,,,,,474.7,,line,,001_23223e66fe6ffd0f.txt,17472
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Schools Personnel Services,2008/09,,,75,,,75,,,75,,line,,001_23223e66fe6ffd0f.txt,17473
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,Schools Personnel Services,2007/08,75,,,,,,,,,,line,,001_23223e66fe6ffd0f.txt,17473
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,S4S,2008/09,63.9,2214.30,209.8,,,2424.1,-75,-1862.6,486.5,,line,,001_23223e66fe6ffd0f.txt,17474
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,S4S,2007/08,61.5,,,,,,,,486.5,,line,,001_23223e66fe6ffd0f.txt,17474
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,KGP,2008/09,3.0,158.60,208.3,,,366.9,,,366.9,,line,,001_23223e66fe6ffd0f.txt,17475
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,KGP,2007/08,2.5,,,,,,,,451.1,,line,,001_23223e66fe6ffd0f.txt,17475
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,TOTALS,2008/09,221.5,7999,2061,0,,10060,-201,-3509,6350,,total,,001_23223e66fe6ffd0f.txt,17477
Personnel & Development,Chief Executive's Department,revenue,Revenue Budget – NB: FTE’s for 2008-9 are as published in the budget book,,,TOTALS,2007/08,227.2,,,,,,,,6978.3,,total,,001_23223e66fe6ffd0f.txt,17477
Communication & Media Centre,Chief Executive's Department,revenue,Revenue Budget,,,Corporate Communication,2008/09,19.0,771.3,536.1,,,1307.4,-2.0,-92.2,1213.2,,line,,001_23223e66fe6ffd0f.txt,17729
Communication & Media Centre,Chief Executive's Department,revenue,Revenue Budget,,,Corporate Communication,2007/08,19.0,,,,,,,,1065.5,,line,,001_23223e66fe6ffd0f.txt,17729
Communication & Media Centre,Chief Executive's Department,revenue,Revenue Budget,,,Controllable Totals,2008/09,19.0,771.3,536.1,0.0,,1307.4,-2.0,-92.2,1213.2,,total,,001_23223e66fe6ffd0f.txt,17730
Communication & Media Centre,Chief Executive's Department,revenue,Revenue Budget,,,Controllable Totals,2007/08,19.0,,,,,,,,4527.1,,total,,001_23223e66fe6ffd0f.txt,17730
Communication & Media Centre,Chief Executive's Department,revenue,Revenue Budget,,,Total Cost of Unit,2008/09,,,,,,,,1213.2,,,total,,001_23223e66fe6ffd0f.txt,17732
Communication & Media Centre,Chief Executive's Department,revenue,Revenue Budget,,,Total Cost of Unit,2007/08,,,,,,,,,5300.0,,total,,001_23223e66fe6ffd0f.txt,17732
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,156 5.2,Chief Executives Initiative,2008/09,0.0,0.0,130,,,130,,,130,,line,,001_23223e66fe6ffd0f.txt,17955
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,156 5.2,Chief Executives Initiative,2007/08,6,,,,,,,,,,line,,001_23223e66fe6ffd0f.txt,17955
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,,Kent Film Office,2008/09,2.0,73.6,2.2,,,75.8,,,75.8,,line,,001_23223e66fe6ffd0f.txt,17956
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,,Kent TV SDU,2008/09,0.0,0.0,500,,,500,,,500,,line,,001_23223e66fe6ffd0f.txt,17957
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,,Team SDU Initiatives,2008/09,9.0,402.1,6,,,408.1,,,408.1,,line,,001_23223e66fe6ffd0f.txt,17958
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,,Kent Graduates Programme,2008/09,0.0,0.0,25.9,,,25.9,,,25.9,,line,,001_23223e66fe6ffd0f.txt,17959
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,,GATEWAYS,2008/09,12.0,305.8,49.7,,,355.5,,-14,341.5,,line,,001_23223e66fe6ffd0f.txt,17960
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,,Ashford Maidstone,2008/09,8.0,226.4,155.6,,,382,,,382,,line,,001_23223e66fe6ffd0f.txt,17961
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,,Thanet,2008/09,,,100,,,100,,,100,,line,,001_23223e66fe6ffd0f.txt,17962
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,,Tunbridge Wells,2008/09,,,100,,,100,,,100,,line,,001_23223e66fe6ffd0f.txt,17963
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,,Tenterden,2008/09,,,130,,,130,,,130,,line,,001_23223e66fe6ffd0f.txt,17964
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,156 5.2,TOTALS,2008/09,31.0,1007.9,1209.4,0.0,,2217.3,0.0,-14.0,,,total,,001_23223e66fe6ffd0f.txt,17966
Strategic Development Unit,Chief Executive's Department,revenue,SDU BUSINESS PLAN /BUDGET 08/09,,156 5.2,TOTALS,2007/08,6.0,,,,,,,,,,total,,001_23223e66fe6ffd0f.txt,17966
Kent Department of Public Health,Chief Executive's Department,revenue,PUBLIC HEALTH BUSINESS PLAN /BUDGET 08/09,,,Public Health,2008/09,2.0,121.0,44,792,,957,,,957,,line,,001_23223e66fe6ffd0f.txt,18314
Kent Department of Public Health,Chief Executive's Department,revenue,PUBLIC HEALTH BUSINESS PLAN /BUDGET 08/09,,,Public Health,2007/08,1,,,,,,,,162,,line,,001_23223e66fe6ffd0f.txt,18314
Kent Department of Public Health,Chief Executive's Department,revenue,PUBLIC HEALTH BUSINESS PLAN /BUDGET 08/09,,,TOTALS,2008/09,2,121.0,44,792,,957,0,0,957,,total,,001_23223e66fe6ffd0f.txt,18315
Kent Department of Public Health,Chief Executive's Department,revenue,PUBLIC HEALTH BUSINESS PLAN /BUDGET 08/09,,,TOTALS,2007/08,1.0,,,,,,,,162.0,,total,,001_23223e66fe6ffd0f.txt,18315
Supporting Independence Programme,Chief Executive's Department,revenue,2008/09,,,Supporting Independence,2008/09,3.0,160.0,,1006,,1166,,,1166,,line,,001_23223e66fe6ffd0f.txt,18635
Supporting Independence Programme,Chief Executive's Department,revenue,2008/09,,,Supporting Independence,2007/08,3,,,,,,,,704,,line,,001_23223e66fe6ffd0f.txt,18635
Supporting Independence Programme,Chief Executive's Department,revenue,2008/09,,,TOTALS,2008/09,3,160.0,0,1006,,1166,0,0,1166,,total,,001_23223e66fe6ffd0f.txt,18636
Supporting Independence Programme,Chief Executive's Department,revenue,2008/09,,,TOTALS,2007/08,3.0,,,,,,,,704.0,,total,,001_23223e66fe6ffd0f.txt,18636
Supporting Independence Programme,Chief Executive's Department,revenue,KENT WORKS BUSINESS PLAN /BUDGET 2008/09,,,Kent Works,2008/09,17.0,644.0,206,,,850,-512,-338,0,,line,,001_23223e66fe6ffd0f.txt,18647
Supporting Independence Programme,Chief Executive's Department,revenue,KENT WORKS BUSINESS PLAN /BUDGET 2008/09,,,Kent Works,2007/08,23,,,,,,,,0,,line,,001_23223e66fe6ffd0f.txt,18647
Supporting Independence Programme,Chief Executive's Department,revenue,KENT WORKS BUSINESS PLAN /BUDGET 2008/09,,,TOTALS,2008/09,17,644.0,206,0,,850,-512,-338,0,,total,,001_23223e66fe6ffd0f.txt,18648
Supporting Independence Programme,Chief Executive's Department,revenue,KENT WORKS BUSINESS PLAN /BUDGET 2008/09,,,TOTALS,2007/08,23.0,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,18648
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Service Management,2008/09,28.6,947.3,645.2,83.0,,1675.5,-224.2,-106.8,1344.5,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19457
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Service Management,2007/08,25.6,,,,,,,,1666.3,MH,line,,001_23223e66fe6ffd0f.txt,19457
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Library Systems,2008/09,4.0,119.3,3796.6,,,3915.9,,-8.0,3907.9,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19458
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Library Systems,2007/08,,,,,,,,,3907.9,MH,line,,001_23223e66fe6ffd0f.txt,19458
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Operational Services (Areas),2008/09,469.5,10224.8,2657.1,2.2,,12884.1,-632.5,-2.8,12248.8,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19459
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Operational Services (Areas),2007/08,501.5,,,,,,,,12248.8,MH,line,,001_23223e66fe6ffd0f.txt,19459
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Operational Services (Trading),2008/09,,,400.1,,,400.1,-821.5,,-421.4,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19460
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Operational Services (Trading),2007/08,,,,,,,,,-421.4,MH,line,,001_23223e66fe6ffd0f.txt,19460
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Access Services,2008/09,42.1,1181.1,226.9,,,1408.0,-380.0,-18.6,1009.4,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19461
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Access Services,2007/08,53.3,,,,,,,,1009.4,MH,line,,001_23223e66fe6ffd0f.txt,19461
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Stock Services,2008/09,21.2,552.4,98.5,30.0,,680.9,-71.4,,609.5,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19462
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Stock Services,2007/08,20.0,,,,,,,,609.5,MH,line,,001_23223e66fe6ffd0f.txt,19462
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Bookfund,2008/09,,,1908.6,,,1908.6,,,1908.6,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19463
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Bookfund,2007/08,,,,,,,,,1908.5,MH,line,,001_23223e66fe6ffd0f.txt,19463
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Information Services,2008/09,9.5,289.7,27.2,4.0,,320.9,-2.0,,318.9,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19464
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Information Services,2007/08,7.0,,,,,,,,318.9,MH,line,,001_23223e66fe6ffd0f.txt,19464
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Family & Lifelong Learning,2008/09,7.0,222.8,63.0,31.0,,316.8,-8.0,-108.2,200.6,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19465
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Family & Lifelong Learning,2007/08,6.0,,,,,,,,200.6,MH,line,,001_23223e66fe6ffd0f.txt,19465
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Archives,2008/09,39.1,1181.0,331.7,17.0,,1529.7,-155.5,-252.2,1122.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19466
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Archives,2007/08,41.1,,,,,,,,1122.0,MH,line,,001_23223e66fe6ffd0f.txt,19466
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Museums,2008/09,1.6,66.8,71.9,1.0,,139.7,-5.2,,134.5,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19467
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Museums,2007/08,1.6,,,,,,,,134.5,MH,line,,001_23223e66fe6ffd0f.txt,19467
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2008/09,622.5,14785.2,10226.8,168.2,,25180.2,-2300.3,-496.6,22383.3,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19468
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2007/08,656.0,,,,,,,,22705.0,,total,,001_23223e66fe6ffd0f.txt,19468
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Central Overheads Directorate,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19470
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19471
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19472
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2008/09,622.5,14785.2,10226.8,168.2,,25180.2,-2300.3,-496.6,22383.3,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19473
Libraries & Archives,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2007/08,656.0,,,,,,,,22705.0,,total,,001_23223e66fe6ffd0f.txt,19473
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Sports Development Unit,2008/09,13.0,551.5,112.5,56.0,,720.0,-102.0,-81.0,537.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,19999
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Sports Development Unit,2007/08,9.0,,,,,,,,608.4,MH,line,,001_23223e66fe6ffd0f.txt,19999
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Olympics,2008/09,1.0,116.0,58.0,68.0,,242.0,,,242.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20000
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Olympics,2007/08,1.0,,,,,,,,125.0,MH,line,,001_23223e66fe6ffd0f.txt,20000
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Activities / Projects,2008/09,,,130.1,326.7,,456.8,-25.0,-126.0,305.8,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20001
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Activities / Projects,2007/08,,,,,,,,,100.6,MH,line,,001_23223e66fe6ffd0f.txt,20001
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Regional Sports Board / Active Sports,2008/09,12.5,230.3,209.2,163.4,,602.9,-588.4,-14.5,0.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20002
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Regional Sports Board / Active Sports,2007/08,14.3,,,,,,,,0.0,MH,line,,001_23223e66fe6ffd0f.txt,20002
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2008/09,26.5,897.8,509.8,614.1,,2021.7,-715.4,-221.5,1084.8,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20003
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2007/08,24.3,,,,,,,,834.0,,total,,001_23223e66fe6ffd0f.txt,20003
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Central Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20005
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Directorate Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20006
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20007
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2008/09,26.5,897.8,509.8,614.1,,2021.7,-715.4,-221.5,1084.8,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20008
"Sport, Leisure & Olympics Service",Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2007/08,24.3,,,,,,,,834.0,,total,,001_23223e66fe6ffd0f.txt,20008
Kent Adult Education Service,Communities,revenue,,,,LSC Formula Funded (FE) Grant,2008/09,,,,,,,-3806.6,,-3806.6,,line,,001_23223e66fe6ffd0f.txt,20384
Kent Adult Education Service,Communities,revenue,,,,LSC Formula Funded (FE) Grant,2007/08,,,,,,,,,-3721.8,,line,,001_23223e66fe6ffd0f.txt,20384
Kent Adult Education Service,Communities,revenue,,,,LSC (PCDL) Grant,2008/09,,,,,,,-6109.3,,-6109.3,,line,,001_23223e66fe6ffd0f.txt,20385
Kent Adult Education Service,Communities,revenue,,,,LSC (PCDL) Grant,2007/08,,,,,,,,,-5964.6,,line,,001_23223e66fe6ffd0f.txt,20385
Kent Adult Education Service,Communities,revenue,,,,Learner /Employer Fee income,2008/09,,,,,,,-3123.2,,-3123.2,,line,,001_23223e66fe6ffd0f.txt,20386
Kent Adult Education Service,Communities,revenue,,,,Learner /Employer Fee income,2007/08,,,,,,,,,-3295.2,,line,,001_23223e66fe6ffd0f.txt,20386
Kent Adult Education Service,Communities,revenue,,,,Project & Other Income,2008/09,,,,,,,-806.1,,-806.1,,line,,001_23223e66fe6ffd0f.txt,20387
Kent Adult Education Service,Communities,revenue,,,,Project & Other Income,2007/08,,,,,,,,,-231.1,,line,,001_23223e66fe6ffd0f.txt,20387
Kent Adult Education Service,Communities,revenue,,,,Permanent Staffing Costs,2008/09,212.08,6007.6,,,,,,,6007.6,,line,,001_23223e66fe6ffd0f.txt,20388
Kent Adult Education Service,Communities,revenue,,,,Permanent Staffing Costs,2007/08,217.2,,,,,,,,6039.9,,line,,001_23223e66fe6ffd0f.txt,20388
Kent Adult Education Service,Communities,revenue,,,,Sessional Staffing Costs,2008/09,138.5,3430.2,,,,,,,3430.2,,line,,001_23223e66fe6ffd0f.txt,20389
Kent Adult Education Service,Communities,revenue,,,,Sessional Staffing Costs,2007/08,169.9,,,,,,,,3629.3,,line,,001_23223e66fe6ffd0f.txt,20389
Kent Adult Education Service,Communities,revenue,,,,Other Staffing Costs,2008/09,,145.0,16.2,,,,,,161.2,,line,,001_23223e66fe6ffd0f.txt,20390
Kent Adult Education Service,Communities,revenue,,,,Other Staffing Costs,2007/08,,,,,,,,,166.0,,line,,001_23223e66fe6ffd0f.txt,20390
Kent Adult Education Service,Communities,revenue,,,,Redundancy Payments@,2008/09,,52.0,,,,,,,52.0,,line,,001_23223e66fe6ffd0f.txt,20391
Kent Adult Education Service,Communities,revenue,,,,Redundancy Payments@,2007/08,,,,,,,,,100.0,,line,,001_23223e66fe6ffd0f.txt,20391
Kent Adult Education Service,Communities,revenue,,,,Pension Enhancements,2007/08,,,,,,,,,1249.9,,line,,001_23223e66fe6ffd0f.txt,20392
Kent Adult Education Service,Communities,revenue,,,,Premises Costs,2008/09,,,1236.1,,,,,,1236.1,,line,,001_23223e66fe6ffd0f.txt,20393
Kent Adult Education Service,Communities,revenue,,,,Premises Costs,2007/08,,,,,,,,,553.6,,line,,001_23223e66fe6ffd0f.txt,20393
Kent Adult Education Service,Communities,revenue,,,,Internal Directorate Charges,2008/09,,,561.4,,,,,,,,line,,001_23223e66fe6ffd0f.txt,20394
Kent Adult Education Service,Communities,revenue,,,,Internal Directorate Charges,2007/08,,,,,,,,,974.0,,line,,001_23223e66fe6ffd0f.txt,20394
Kent Adult Education Service,Communities,revenue,,,,Other Controllable Expenditure,2008/09,,,2146.7,,,,,,2146.7,,line,,001_23223e66fe6ffd0f.txt,20395
Kent Adult Education Service,Communities,revenue,,,,Controllable Totals,2008/09,,9634.8,3960.4,0.0,,,-13845.2,0.0,-250.0,,total,,001_23223e66fe6ffd0f.txt,20396
Kent Adult Education Service,Communities,revenue,,,,Controllable Totals,2007/08,,,,,,,,,-500.0,,total,,001_23223e66fe6ffd0f.txt,20396
Kent Adult Education Service,Communities,revenue,,,,Central Overheads,2008/09,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,20398
Kent Adult Education Service,Communities,revenue,,,,Directorate Overheads,2008/09,,,,,,,,,0.0,,memo,,001_23223e66fe6ffd0f.txt,20399
Kent Adult Education Service,Communities,revenue,,,,Capital Charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,20400
Kent Adult Education Service,Communities,revenue,,,,Deficit from Prior Years,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,20401
Kent Adult Education Service,Communities,revenue,,,,Total Cost of Unit,2008/09,,9634.8,3960.4,0.0,,,-13845.2,0.0,-250.0,,total,,001_23223e66fe6ffd0f.txt,20402
Kent Adult Education Service,Communities,revenue,,,,Total Cost of Unit,2007/08,,,,,,,,,-500.0,,total,,001_23223e66fe6ffd0f.txt,20402
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Key Training,2008/09,89.4,2648.8,625.2,623.1,,3897.1,-3815.8,-20.2,61.1,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20686
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Key Training,2007/08,,,,,,,,,88.4,MH,line,,001_23223e66fe6ffd0f.txt,20686
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Gap Year Programme,2008/09,3.0,66.1,8.9,,,75.0,,,75.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20687
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Gap Year Programme,2007/08,,,,,,,,,3.0,MH,line,,001_23223e66fe6ffd0f.txt,20687
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2008/09,92.4,2714.9,634.1,623.1,,3972.1,-3815.8,-20.2,136.1,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20688
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2007/08,91.4,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,20688
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Central Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20690
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Directorate Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20691
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20692
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2008/09,92.4,2714.9,634.1,623.1,,3972.1,-3815.8,-20.2,136.1,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20693
KEY Training Services Unit,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2007/08,91.4,,,,,,,,0.0,,total,,001_23223e66fe6ffd0f.txt,20693
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Service Management,2008/09,11.5,410.7,339.2,64.0,,813.9,,,813.9,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20970
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Service Management,2007/08,18.8,,,,,,,,778.0,MH,line,,001_23223e66fe6ffd0f.txt,20970
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Kent Superior Pictures,2008/09,2.0,84.6,34.6,9.0,,128.2,-128.2,,0.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20971
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Kent Superior Pictures,2007/08,2.5,,,,,,,,0.0,MH,line,,001_23223e66fe6ffd0f.txt,20971
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Arts Activity Programme,2008/09,,,225.0,,,225.0,,,225.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20972
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Arts Activity Programme,2007/08,,,,,,,,,225.0,MH,line,,001_23223e66fe6ffd0f.txt,20972
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Arts Investment Fund,2008/09,,,210.0,,,210.0,,,210.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20973
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Arts Investment Fund,2007/08,,,,,,,,,210.0,MH,line,,001_23223e66fe6ffd0f.txt,20973
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2008/09,13.5,495.3,808.8,73.0,,1377.1,-128.2,0.0,1248.9,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20974
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2007/08,21.3,,,,,,,,1213.0,,total,,001_23223e66fe6ffd0f.txt,20974
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Central Overheads Directorate Overheads Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20976
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2008/09,13.5,495.3,808.8,73.0,,1377.1,-128.2,0.0,1248.9,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,20977
Arts Development Unit,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2007/08,21.3,,,,,,,,1213.0,,total,,001_23223e66fe6ffd0f.txt,20977
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Youth Service,2008/09,45.5,1677.2,664.0,505.5,,2846.7,-602.0,-88.7,2156.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21329
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Youth Service,2007/08,68.5,,,,,,,,1999.9,MH,line,,001_23223e66fe6ffd0f.txt,21329
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,DoFE Awards Voluntary Organisations,2008/09,2.5,76.7,61.0,60.0,,197.7,-100.0,,97.7,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21330
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,DoFE Awards Voluntary Organisations,2007/08,2.5,,,,,,,,98.7,MH,line,,001_23223e66fe6ffd0f.txt,21330
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,MH,2007/08,2.5,,,,,,,,483.9,,line,,001_23223e66fe6ffd0f.txt,21331
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Youth Centres Youth Opportunities Fund,2008/09,167.8,4418.3,350.0,,,4768.3,,,4768.3,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21332
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Youth Centres Youth Opportunities Fund,2007/08,167.8,,,,,,,,4959.5,MH,line,,001_23223e66fe6ffd0f.txt,21332
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,MH,2007/08,1.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,21333
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Outdoor Education Alternative Curriculum Programme,2008/09,21.7,826.7,506.3,17.0,,1350.0,,-1350.0,0.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21334
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Outdoor Education Alternative Curriculum Programme,2007/08,21.7,,,,,,,,0.0,MH,line,,001_23223e66fe6ffd0f.txt,21334
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Youth Centre Bank Accounts,2008/09,15.5,520.0,51.0,19.0,,590.0,,-590.0,0.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21335
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Youth Centre Bank Accounts,2007/08,15.5,,,,,,,,0.0,MH,line,,001_23223e66fe6ffd0f.txt,21335
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,MH,2007/08,10.0,,,,,,,,0.0,,line,,001_23223e66fe6ffd0f.txt,21336
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2008/09,256.5,7628.0,2919.1,1558.9,,12106.0,-2070.9,-2529.2,7505.9,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21337
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2007/08,279.5,,,,,,,,7542.0,,total,,001_23223e66fe6ffd0f.txt,21337
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Central Overheads Directorate Overheads Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21339
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2008/09,256.5,7628.0,2919.1,1558.9,,12106.0,-2070.9,-2529.2,7505.9,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21342
Kent Youth Service,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2007/08,279.5,,,,,,,,7542.0,,total,,001_23223e66fe6ffd0f.txt,21342
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Service Management,2008/09,10.0,480.9,56.0,,,536.9,,,536.9,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21604
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Service Management,2007/08,10.0,,,,,,,,486.2,MH,line,,001_23223e66fe6ffd0f.txt,21604
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,YOT Area Teams,2008/09,91.6,2629.5,693.2,,,3322.7,-1266.6,-91.0,1965.1,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21605
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,YOT Area Teams,2007/08,96.7,,,,,,,,1779.5,MH,line,,001_23223e66fe6ffd0f.txt,21605
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Secure Accommodation,2008/09,,,,196.0,,196.0,,,196.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21606
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Secure Accommodation,2007/08,,,,,,,,,257.2,MH,line,,001_23223e66fe6ffd0f.txt,21606
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,YOT Operational Services,2008/09,13.3,684.0,231.8,470.4,,1386.2,-1141.5,-140.3,104.4,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21607
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,YOT Operational Services,2007/08,13.3,,,,,,,,94.4,MH,line,,001_23223e66fe6ffd0f.txt,21607
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Remand & Fostering,2008/09,,,,512.3,,512.3,,,512.3,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21608
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Remand & Fostering,2007/08,,,,,,,,,505.8,MH,line,,001_23223e66fe6ffd0f.txt,21608
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Mediation Service,2008/09,,,,174.3,,174.3,,,174.3,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21609
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Mediation Service,2007/08,,,,,,,,,288.4,MH,line,,001_23223e66fe6ffd0f.txt,21609
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Referral Orders,2008/09,5.6,156.2,44.8,,,201.0,,,201.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21610
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Referral Orders,2007/08,5.6,,,,,,,,145.5,MH,line,,001_23223e66fe6ffd0f.txt,21610
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2008/09,120.5,3950.6,1025.8,1353.0,,6329.4,-2408.1,-231.3,3690.0,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21611
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2007/08,125.6,,,,,,,,3557.0,,total,,001_23223e66fe6ffd0f.txt,21611
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Central Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21613
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Directorate Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21614
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21615
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2008/09,120.5,3950.6,1025.8,1353.0,,6329.4,-2408.1,-231.3,3690.0,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21616
Youth Offending Service,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2007/08,125.6,,,,,,,,3557.0,,total,,001_23223e66fe6ffd0f.txt,21616
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Service Management Kent Initiatives on Drugs,2008/09,5.7,218.1,15.0,,,233.1,-185.0,,48.1,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21874
Kent Drug & Alcohol Action Team,Communities,revenue,,,,MH,2007/08,6.8,,,,,,,,85.7,,line,,001_23223e66fe6ffd0f.txt,21875
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Adult Treatment Young People's Services,2008/09,4.6,118.2,141.1,11914.3,,12173.6,-12167.0,,6.6,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21876
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Adult Treatment Young People's Services,2007/08,5.0,,,,,,,,0.0,MH,line,,001_23223e66fe6ffd0f.txt,21876
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Substance Misuse Teams,2008/09,1.0,44.5,29.0,666.3,,739.8,-739.8,,0.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21877
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Substance Misuse Teams,2007/08,3.7,,,,,,,,0.0,MH,line,,001_23223e66fe6ffd0f.txt,21877
Kent Drug & Alcohol Action Team,Communities,revenue,,,,MH,2007/08,19.4,,,,,,,,1691.3,,line,,001_23223e66fe6ffd0f.txt,21878
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Controllable Totals,2008/09,35.9,1348.2,365.1,13406.7,,15120.0,-13234.0,-180.4,1705.6,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21879
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Controllable Totals,2007/08,34.9,,,,,,,,1777.0,,total,,001_23223e66fe6ffd0f.txt,21879
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Central Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21881
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Directorate Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21882
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21883
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Total Cost of Unit,2008/09,35.9,1348.2,365.1,13406.7,,15120.0,-13234.0,-180.4,1705.6,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,21884
Kent Drug & Alcohol Action Team,Communities,revenue,,,,Total Cost of Unit,2007/08,34.9,,,,,,,,1777.0,,total,,001_23223e66fe6ffd0f.txt,21884
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Service Management,2008/09,9.0,358.2,48.9,11.0,,418.1,-15.0,,403.1,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22225
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Service Management,2007/08,8.0,,,,,,,,669.0,MH,line,,001_23223e66fe6ffd0f.txt,22225
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Community Wardens,2008/09,114.7,2853.7,175.8,12.5,,3042.0,,,3042.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22226
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Community Wardens,2007/08,111.9,,,,,,,,3148.1,MH,line,,001_23223e66fe6ffd0f.txt,22226
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Training Unit,2008/09,3.8,170.0,37.8,3.0,,210.8,,,210.8,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22227
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Training Unit,2007/08,4.8,,,,,,,,192.5,MH,line,,001_23223e66fe6ffd0f.txt,22227
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Domestic Violence Co-ordinator,2008/09,1.0,51.0,,,,51.0,-17.0,,34.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22228
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Domestic Violence Co-ordinator,2007/08,1.0,,,,,,,,2.4,MH,line,,001_23223e66fe6ffd0f.txt,22228
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Safer Schools,2008/09,,,205.0,,,205.0,,,205.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22229
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Safer Schools,2007/08,,,,,,,,,205.0,MH,line,,001_23223e66fe6ffd0f.txt,22229
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Contribution to Kent Police,2008/09,,,,50.0,,50.0,,,50.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22230
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Contribution to Kent Police,2007/08,,,,,,,,,66.0,MH,line,,001_23223e66fe6ffd0f.txt,22230
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Focus 48,2008/09,,,120.0,,,120.0,,,120.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22231
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Focus 48,2007/08,,,,,,,,,120.0,MH,line,,001_23223e66fe6ffd0f.txt,22231
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Homesafe/Handyvan,2008/09,,,,407.0,,407.0,-6.0,-28.0,373.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22232
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Homesafe/Handyvan,2007/08,,,,,,,,,407.0,MH,line,,001_23223e66fe6ffd0f.txt,22232
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Controllable Totals,2008/09,128.5,3432.9,587.5,483.5,,4503.9,-38.0,-28.0,4437.9,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22233
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Controllable Totals,2007/08,125.7,,,,,,,,4810.0,,total,,001_23223e66fe6ffd0f.txt,22233
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Central Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22235
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Directorate Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22236
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22237
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Total Cost of Unit,2008/09,128.5,3432.9,587.5,483.5,,4503.9,-38.0,-28.0,4437.9,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22238
Community Safety Unit,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Total Cost of Unit,2007/08,125.7,,,,,,,,4810.0,,total,,001_23223e66fe6ffd0f.txt,22238
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Service Management Operational,2008/09,31.5,1175.8,593.8,74.0,,1843.6,-294.4,-1.3,1547.9,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22766
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Service Management Operational,2007/08,30.5,,,,,,,,1483.4,MH,line,,001_23223e66fe6ffd0f.txt,22766
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Enforcement,2008/09,62.9,1952.0,152.4,14.0,,2118.4,-56.0,,2062.4,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22767
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Enforcement,2007/08,65.3,,,,,,,,2042.9,MH,line,,001_23223e66fe6ffd0f.txt,22767
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Advice & Education,2008/09,15.7,486.3,40.8,0.8,,527.9,-25.0,,502.9,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22768
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Advice & Education,2007/08,15.6,,,,,,,,436.0,MH,line,,001_23223e66fe6ffd0f.txt,22768
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Training,2008/09,,56.0,4.7,,,60.7,,,60.7,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22769
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Training,2007/08,,,,,,,,,60.7,MH,line,,001_23223e66fe6ffd0f.txt,22769
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Controllable Totals,2008/09,110.1,3670.1,791.7,88.8,,4550.6,-375.4,-1.3,4173.9,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22770
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Controllable Totals,2007/08,111.4,,,,,,,,4023.0,,total,,001_23223e66fe6ffd0f.txt,22770
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Central Overheads Directorate,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22772
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22773
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22774
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Total Cost of Unit,2008/09,110.1,3670.1,791.7,88.8,,4550.6,-375.4,-1.3,4173.9,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,22775
Kent Trading Standards Service,Communities,revenue,SECTION 5: REVENUE BUDGET,,,Total Cost of Unit,2007/08,111.4,,,,,,,,4023.0,,total,,001_23223e66fe6ffd0f.txt,22775
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Service Management,2008/09,15.8,673.9,349.0,2.3,,1025.2,-2785.7,-52.3,-1812.8,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23538
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Service Management,2007/08,16.1,,,,,,,,849.6,MH,line,,001_23223e66fe6ffd0f.txt,23538
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Ashford & Shepway,2008/09,10.1,398.3,81.4,0.7,,480.4,-1.2,,479.2,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23539
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Ashford & Shepway,2007/08,10.3,,,,,,,,172.2,MH,line,,001_23223e66fe6ffd0f.txt,23539
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Canterbury & Swale,2008/09,10.6,411.5,97.6,1.0,,510.1,-0.3,,509.8,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23540
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Canterbury & Swale,2007/08,10.6,,,,,,,,193.7,MH,line,,001_23223e66fe6ffd0f.txt,23540
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Gravesend,2008/09,9.4,415.5,130.9,1.2,,547.6,-0.3,,547.3,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23541
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Gravesend,2007/08,10.8,,,,,,,,116.8,MH,line,,001_23223e66fe6ffd0f.txt,23541
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Maidstone,2008/09,12.8,463.4,227.5,0.8,,691.7,-1.9,,689.8,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23542
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Maidstone,2007/08,11.4,,,,,,,,85.0,MH,line,,001_23223e66fe6ffd0f.txt,23542
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Thanet with Dover,2008/09,10.6,385.1,77.8,1.2,,464.1,-1.2,-11.0,451.9,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23543
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Thanet with Dover,2007/08,10.0,,,,,,,,123.5,MH,line,,001_23223e66fe6ffd0f.txt,23543
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Tunbridge Wells,2008/09,9.9,429.1,176.0,0.8,,605.9,-0.6,,605.3,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23544
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Tunbridge Wells,2007/08,11.1,,,,,,,,235.2,MH,line,,001_23223e66fe6ffd0f.txt,23544
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Controllable Totals,2008/09,79.2,3176.8,1140.2,8.0,,4325.0,-2791.2,-63.3,1470.5,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23545
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Controllable Totals,2007/08,80.3,,,,,,,,1776.0,,total,,001_23223e66fe6ffd0f.txt,23545
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Central Overheads Directorate Overheads Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23547
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Total Cost of Unit,2008/09,79.2,3176.8,1140.2,8.0,,4325.0,-2791.2,-63.3,1470.5,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23550
Registration & Coroners Unit,Communities,revenue,REGISTRATION,,,Total Cost of Unit,2007/08,80.3,,,,,,,,1776.0,,total,,001_23223e66fe6ffd0f.txt,23550
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Strategic Management,2008/09,,,54.0,15.0,,69.0,,,69.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23556
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Strategic Management,2007/08,,,,,,,,,70.9,MH,line,,001_23223e66fe6ffd0f.txt,23556
Registration & Coroners Unit,Communities,revenue,CORONERS,,,North West Kent,2008/09,,118.4,30.4,311.4,,460.2,,,460.2,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23557
Registration & Coroners Unit,Communities,revenue,CORONERS,,,North West Kent,2007/08,,,,,,,,,400.5,MH,line,,001_23223e66fe6ffd0f.txt,23557
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Mid-Kent & Medway,2008/09,,142.7,79.5,450.4,,672.6,-322.0,,350.6,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23558
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Mid-Kent & Medway,2007/08,,,,,,,,,228.2,MH,line,,001_23223e66fe6ffd0f.txt,23558
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Central & South-East Kent,2008/09,,96.0,60.8,603.2,,760.0,,,760.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23559
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Central & South-East Kent,2007/08,,,,,,,,,466.3,MH,line,,001_23223e66fe6ffd0f.txt,23559
Registration & Coroners Unit,Communities,revenue,CORONERS,,,North East Kent,2008/09,,125.3,55.5,142.4,,323.2,,,323.2,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23560
Registration & Coroners Unit,Communities,revenue,CORONERS,,,North East Kent,2007/08,,,,,,,,,576.1,MH,line,,001_23223e66fe6ffd0f.txt,23560
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Controllable Totals,2008/09,0.0,482.4,280.2,1522.4,,2285.0,-322.0,0.0,1963.0,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23561
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Controllable Totals,2007/08,0.0,,,,,,,,1742.0,,total,,001_23223e66fe6ffd0f.txt,23561
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Central Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23563
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Directorate,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23564
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23565
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23566
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Total Cost of Unit,2008/09,0.0,482.4,280.2,1522.4,,2285.0,-322.0,0.0,1963.0,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23567
Registration & Coroners Unit,Communities,revenue,CORONERS,,,Total Cost of Unit,2007/08,0.0,,,,,,,,1742.0,,total,,001_23223e66fe6ffd0f.txt,23567
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Service Management,2008/09,13.0,592.9,105.5,30.2,,728.6,-141.6,,587.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23909
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Service Management,2007/08,14.0,,,,,,,,539.0,MH,line,,001_23223e66fe6ffd0f.txt,23909
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Oil Pollution,2008/09,,8.0,,,,8.0,,,8.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23910
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Oil Pollution,2007/08,,,,,,,,,8.0,MH,line,,001_23223e66fe6ffd0f.txt,23910
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2008/09,13.0,600.9,105.5,30.2,,736.6,-141.6,0.0,595.0,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23911
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2007/08,14.0,,,,,,,,547.0,,total,,001_23223e66fe6ffd0f.txt,23911
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Central Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23913
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Directorate Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23914
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23915
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2008/09,13.0,600.9,105.5,30.2,,736.6,-141.6,0.0,595.0,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,23916
Emergency Planning Group,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2007/08,14.0,,,,,,,,547.0,,total,,001_23223e66fe6ffd0f.txt,23916
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,Service Management,2008/09,5.2,159.6,174.4,,,334.0,,-334.9,-0.9,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24236
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,Service Management,2007/08,4.5,,,,,,,,-3.3,MH,line,,001_23223e66fe6ffd0f.txt,24236
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,County Calibration,2008/09,3.6,139.0,150.1,,,289.1,,-305.9,-16.8,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24237
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,County Calibration,2007/08,3.6,,,,,,,,27.0,MH,line,,001_23223e66fe6ffd0f.txt,24237
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,County Analysts,2008/09,15.5,556.9,352.5,86.0,,995.4,-405.0,-595.4,-5.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24238
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,County Analysts,2007/08,15.7,,,,,,,,-44.7,MH,line,,001_23223e66fe6ffd0f.txt,24238
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,Controllable Totals,2008/09,24.3,855.5,677.0,86.0,,1618.5,-405.0,-1236.2,-22.7,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24239
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,Controllable Totals,2007/08,23.8,,,,,,,,-21.0,,total,,001_23223e66fe6ffd0f.txt,24239
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,Central Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24241
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,Directorate Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24242
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24243
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,Total Cost of Unit,2008/09,24.3,855.5,677.0,86.0,,1618.5,-405.0,-1236.2,-22.7,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24244
Kent Scientific Services Unit,Communities,revenue,SECTION 5 REVENUE BUDGET,,,Total Cost of Unit,2007/08,23.8,,,,,,,,-21.0,,total,,001_23223e66fe6ffd0f.txt,24244
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Contact Kent,2008/09,131.4,2661.9,620.1,28.0,,3310.0,-15.0,-430.0,2865.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24548
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Contact Kent,2007/08,150.0,,,,,,,,2844.0,MH,line,,001_23223e66fe6ffd0f.txt,24548
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Consumer Direct,2008/09,57.4,1239.1,213.0,,,1452.1,-1452.1,,0.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24549
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Consumer Direct,2007/08,60.0,,,,,,,,0.0,MH,line,,001_23223e66fe6ffd0f.txt,24549
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Controllable Totals,2008/09,188.8,3901.0,833.1,28.0,,4762.1,-1467.1,-430.0,2865.0,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24550
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Controllable Totals,2007/08,210.0,,,,,,,,2844.0,,total,,001_23223e66fe6ffd0f.txt,24550
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Central Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24552
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Directorate Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24553
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24554
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Total Cost of Unit,2008/09,188.8,3901.0,833.1,28.0,,4762.1,-1467.1,-430.0,2865.0,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24555
Contact Centre,Communities,revenue,SECTION 5 : REVENUE BUDGET,,,Total Cost of Unit,2007/08,210.0,,,,,,,,2844.0,,total,,001_23223e66fe6ffd0f.txt,24555
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Service Management,2008/09,11.6,448.2,226.0,83.0,,757.2,-200.0,,557.2,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24866
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Service Management,2007/08,9.6,,,,,,,,859.0,MH,line,,001_23223e66fe6ffd0f.txt,24866
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Marketing,2008/09,,,63.6,,,63.6,,,63.6,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24867
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Arts Programme,2008/09,,,,198.0,,198.0,,,198.0,MH,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24868
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2008/09,11.6,448.2,289.6,281.0,,1018.8,-200.0,0.0,818.8,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24869
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Controllable Totals,2007/08,9.6,,,,,,,,859.0,,total,,001_23223e66fe6ffd0f.txt,24869
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Central Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24871
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Directorate Overheads,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24872
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Capital Charges,2008/09,,,,,,0.0,,,0.0,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24873
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2008/09,11.6,448.2,289.6,281.0,,1018.8,-200.0,0.0,818.8,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,24874
Turner Contemporary,Communities,revenue,REVENUE BUDGET,,,Total Cost of Unit,2007/08,9.6,,,,,,,,859.0,,total,,001_23223e66fe6ffd0f.txt,24874
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,,,Staff - Establishment posts at Apr 08,2008/09,367,14830,0,0,,14830,0,0,14830,,line,,001_23223e66fe6ffd0f.txt,25851
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,,,Overheads,2008/09,0,0,9255,0,,9255,-6710,-70,2475,,line,,001_23223e66fe6ffd0f.txt,25852
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,,,Works,2008/09,0,0,0,33531,,33531,0,0,33531,,line,,001_23223e66fe6ffd0f.txt,25853
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,,,Public Transport,2008/09,0,0,300,13924,,14224,-669,0,13555,,line,,001_23223e66fe6ffd0f.txt,25854
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,,,Controllable Sub-Totals,2008/09,367,14830,9555,47455,,71840,-7379,-70,64391,,subtotal,,001_23223e66fe6ffd0f.txt,25855
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,,,Overheads Directorate (Estimated),2008/09,0,180,1500,0,,1680,0,0,1680,,memo,,001_23223e66fe6ffd0f.txt,25857
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,,,Overheads Corporate (Not yet determined),2008/09,0,0,,0,,,0,0,,,memo,,001_23223e66fe6ffd0f.txt,25858
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,,,Revenue Budget Totals,2008/09,367,15010,11055,47455,,73520,-7379,-70,66071,,total,,001_23223e66fe6ffd0f.txt,25859
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,Capital Budget,,KHS Co-location project,2008/09,0,0,0,6950,,6950,0,0,6950,,line,,001_23223e66fe6ffd0f.txt,25865
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,Capital Budget,,Major Schemes [Excludes recent slippage],2008/09,0,270,30,26552,,26852,0,0,26852,,line,,001_23223e66fe6ffd0f.txt,25866
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,Capital Budget,,Capital Maintenance and Street Lighting,2008/09,0,1430,159,25831,,27420,0,0,27420,,line,,001_23223e66fe6ffd0f.txt,25867
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,Capital Budget,,Integrated Transport Schemes,2008/09,0,1290,143,12450,,13883,0,0,13883,,line,,001_23223e66fe6ffd0f.txt,25868
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,Capital Budget,,Other,2008/09,0,0,0,1903,,1903,0,0,1903,,line,,001_23223e66fe6ffd0f.txt,25869
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,,,Capital Budget Totals,2008/09,0,2990,332,73686,,77008,0,0,77008,,total,,001_23223e66fe6ffd0f.txt,25870
Kent Highway Services,Environment & Regeneration,revenue,Kent Highway Services Budget 2008/09,,,Totals for KHS Revenue & Capital,2008/09,367,18000,11387,121141,,150528,-7379,-70,143079,,total,,001_23223e66fe6ffd0f.txt,25871
Environment & Waste,Environment & Regeneration,revenue,Revenue Budget,,,Environment,2008/09,136.6,4547.5,454.0,3110.5,,8112.0,-3850.3,-149.7,4112.0,KF,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,26396
Environment & Waste,Environment & Regeneration,revenue,Revenue Budget,,,Environment,2007/08,140.0,,,,,,,,3996.0,KF,line,,001_23223e66fe6ffd0f.txt,26396
Environment & Waste,Environment & Regeneration,revenue,Revenue Budget,,,Waste Management,2008/09,40.5,1761.0,825.0,63149.0,,65735.0,-1158.0,0.0,64577.0,KF,line,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,26397
Environment & Waste,Environment & Regeneration,revenue,Revenue Budget,,,Waste Management,2007/08,35.0,,,,,,,,57318.0,KF,line,,001_23223e66fe6ffd0f.txt,26397
Environment & Waste,Environment & Regeneration,revenue,Revenue Budget,,,Controllable Totals,2008/09,177.1,6308.5,1279.0,66259.5,,73847.0,-5008.3,-149.7,68689.0,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,26398
Environment & Waste,Environment & Regeneration,revenue,Revenue Budget,,,Controllable Totals,2007/08,175.0,,,,,,,,61314.0,,total,,001_23223e66fe6ffd0f.txt,26398
Environment & Waste,Environment & Regeneration,revenue,Revenue Budget,,,Central Overheads,2008/09,,,,,,,,,,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,26400
Environment & Waste,Environment & Regeneration,revenue,Revenue Budget,,,Directorate Over- heads,2008/09,,,,,,,,,,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,26401
Environment & Waste,Environment & Regeneration,revenue,Revenue Budget,,,Capital charges,2008/09,,,,,,,,,,,memo,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,26402
Environment & Waste,Environment & Regeneration,revenue,Revenue Budget,,,Total Cost of Unit,2008/09,177.1,6308.5,1279.0,66259.5,,73847.0,-5008.3,-149.7,68689.0,,total,income sign flipped (printed positive),001_23223e66fe6ffd0f.txt,26403
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Performance Team plus Divisional Director,2008/09,12,573,7,,,580,,,580,KF,line,,001_23223e66fe6ffd0f.txt,26889
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Finance Team (1),2008/09,24.5,858,5,,,863,-116,,747,KF,line,,001_23223e66fe6ffd0f.txt,26891
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Finance Team (1),2007/08,23.2,,,,,,,,705,KF,line,,001_23223e66fe6ffd0f.txt,26891
Resources,Environment & Regeneration,revenue,Revenue Budget,,,AIT Team,2008/09,18.7,676,517,,,1193,-206,,987,KF,line,,001_23223e66fe6ffd0f.txt,26892
Resources,Environment & Regeneration,revenue,Revenue Budget,,,AIT Team,2007/08,18.7,,,,,,,,674,KF,line,,001_23223e66fe6ffd0f.txt,26892
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Change & Development,2008/09,12,288,6,,,294,,,294,,line,,001_23223e66fe6ffd0f.txt,26893
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Director & PA Directorate,2008/09,2,282,15,,,297,,,297,KF,line,,001_23223e66fe6ffd0f.txt,26895
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Director & PA Directorate,2007/08,2,,,,,,,,290,KF,line,,001_23223e66fe6ffd0f.txt,26895
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Overheads Budget held by Resources (2),2008/09,,513,1878,,,2391,-85,-55,2251,KF,line,,001_23223e66fe6ffd0f.txt,26896
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Directorate Overheads – Divisional Directors and Support,2008/09,9,764,20,,,784,,,784,KF,line,,001_23223e66fe6ffd0f.txt,26897
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Controllable Totals,2008/09,78.2,3954,2447,0,,6401,-407,-55,5939,,total,,001_23223e66fe6ffd0f.txt,26899
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Controllable Totals,2007/08,75.0,,,,,,,,4277,,total,,001_23223e66fe6ffd0f.txt,26899
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Corporate Services and Central Overheads,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,26901
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Total Cost of Unit,2008/09,78.2,3954,2447,0,,6401,-407,-55,5939,,total,,001_23223e66fe6ffd0f.txt,26902
Resources,Environment & Regeneration,revenue,Revenue Budget,,,Total Cost of Unit,2007/08,75.0,,,,,,,,4277,,total,,001_23223e66fe6ffd0f.txt,26902
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Coastal Action Zone,2008/09,10.3,537.3,23.1,335.0,,895.4,,,895.4,RG,line,,001_23223e66fe6ffd0f.txt,27573
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Development Investment,2008/09,8.4,419.8,18.0,75.0,,512.8,-25.0,-120.0,367.8,RG,line,,001_23223e66fe6ffd0f.txt,27574
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Growth Areas,2008/09,15.0,723.5,17.3,1216.5,,1957.3,-864.9,,1092.4,RG,line,,001_23223e66fe6ffd0f.txt,27575
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Economy & Skills,2008/09,13.6,802.2,14.1,1618.1,,2434.4,-891.0,,1543.4,RG,line,,001_23223e66fe6ffd0f.txt,27576
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Rural Regeneration,2008/09,13.7,593.4,6.7,538.6,,1138.7,-108.1,,1030.6,RG,line,,001_23223e66fe6ffd0f.txt,27577
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Tourism,2008/09,10.5,388.9,11.7,411.8,,812.4,-100.0,,712.4,RG,line,,001_23223e66fe6ffd0f.txt,27578
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Controllable Totals,2008/09,71.5,3465.1,90.9,4195.0,,7751.0,-1989.0,-120.0,5642.0,RG,total,,001_23223e66fe6ffd0f.txt,27579
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Central Overheads,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,27581
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Directorate Overheads,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,27582
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Capital charges,2008/09,,,,,,,,,,,memo,,001_23223e66fe6ffd0f.txt,27583
Regeneration and Economy,Environment & Regeneration,revenue,Revenue Budget⁸,,,Total Cost of Unit,2008/09,,,,,,,,,,,total,,001_23223e66fe6ffd0f.txt,27584
Strategy and Planning,Environment & Regeneration,revenue,Revenue Budget⁵,,,Planning and Development,2008/09,12.5,602.5,20.3,307.2,,930.0,-46.0,0.0,884.0,RG,line,,001_23223e66fe6ffd0f.txt,28290
Strategy and Planning,Environment & Regeneration,revenue,Revenue Budget⁵,,,Planning and Development,2007/08,11.5,,,,,,,,1017.00,RG,line,,001_23223e66fe6ffd0f.txt,28290
Strategy and Planning,Environment & Regeneration,revenue,Revenue Budget⁵,,,Transport Policy,2008/09,5.5,266.2,5.7,195.1,,467.0,0.0,0.0,467.0,,line,,001_23223e66fe6ffd0f.txt,28291
Strategy and Planning,Environment & Regeneration,revenue,Revenue Budget⁵,,,Transport Policy,2007/08,5.5,,,,,,,,459.0,,line,,001_23223e66fe6ffd0f.txt,28291
Strategy and Planning,Environment & Regeneration,revenue,Revenue Budget⁵,,,Planning Applications,2008/09,25.8,987.0,114.9,105.1,,1207.0,-80.0,-388.0,739.0,RG,line,,001_23223e66fe6ffd0f.txt,28292
Strategy and Planning,Environment & Regeneration,revenue,Revenue Budget⁵,,,Planning Applications,2007/08,25.8,,,,,,,,699.0,RG,line,,001_23223e66fe6ffd0f.txt,28292
Strategy and Planning,Environment & Regeneration,revenue,Revenue Budget⁵,,,Total Divisional Budget Memorandum Items:⁶,2008/09,43.8,1855.7,140.9,607.4,,2604.0,-126.0,-388.0,2090.0,,subtotal,,001_23223e66fe6ffd0f.txt,28293
Strategy and Planning,Environment & Regeneration,revenue,Revenue Budget⁵,,,Total Divisional Budget Memorandum Items:⁶,2007/08,42.8,,,,,,,,2175.0,,subtotal,,001_23223e66fe6ffd0f.txt,28293

"""#
}
