// Generated from examples/data/*.csv by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension BundledPlanData {
    static let monitoring_csv: StaticString = #"""
portfolio,kind,measure,value,value_text,table,section,source,line
OR&S (CFE) *,revenue,gross position,1.849,+1.849,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,185
OR&S (CFE) *,revenue,proposed management action,-0.562,-0.562,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,185
OR&S (CFE) *,revenue,net position after mgmt action this month,1.287,+1.287,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,185
OR&S (CFE) *,revenue,net position after mgmt action last month,0.248,+0.248,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,185
OR&S (CFE) *,revenue,movement,1.039,+1.039,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,185
CF&EA,revenue,gross position,-1.044,-1.044,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,186
CF&EA,revenue,proposed management action,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,186
CF&EA,revenue,net position after mgmt action this month,-1.044,-1.044,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,186
CF&EA,revenue,net position after mgmt action last month,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,186
CF&EA,revenue,movement,-1.044,-1.044,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,186
KASS,revenue,gross position,2.251,+2.251,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,187
KASS,revenue,proposed management action,-0.500,-0.500,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,187
KASS,revenue,net position after mgmt action this month,1.751,+1.751,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,187
KASS,revenue,net position after mgmt action last month,1.915,+1.915,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,187
KASS,revenue,movement,-0.164,-0.164,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,187
EH&W,revenue,gross position,-2.230,-2.230,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,188
EH&W,revenue,proposed management action,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,188
EH&W,revenue,net position after mgmt action this month,-2.230,-2.230,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,188
EH&W,revenue,net position after mgmt action last month,-2.565,-2.565,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,188
EH&W,revenue,movement,0.335,+0.335,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,188
R&SI,revenue,gross position,-0.775,-0.775,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,189
R&SI,revenue,proposed management action,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,189
R&SI,revenue,net position after mgmt action this month,-0.775,-0.775,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,189
R&SI,revenue,net position after mgmt action last month,-1.055,-1.055,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,189
R&SI,revenue,movement,0.280,+0.280,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,189
Communities,revenue,gross position,1.130,+1.130,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,190
Communities,revenue,proposed management action,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,190
Communities,revenue,net position after mgmt action this month,1.130,+1.130,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,190
Communities,revenue,net position after mgmt action last month,1.130,+1.130,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,190
Communities,revenue,movement,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,190
Public Health,revenue,gross position,-0.050,-0.050,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,191
Public Health,revenue,proposed management action,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,191
Public Health,revenue,net position after mgmt action this month,-0.050,-0.050,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,191
Public Health,revenue,net position after mgmt action last month,-0.050,-0.050,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,191
Public Health,revenue,movement,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,191
Corporate Support,revenue,gross position,-0.509,-0.509,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,192
Corporate Support,revenue,proposed management action,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,192
Corporate Support,revenue,net position after mgmt action this month,-0.509,-0.509,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,192
Corporate Support,revenue,net position after mgmt action last month,-0.449,-0.449,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,192
Corporate Support,revenue,movement,-0.060,-0.060,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,192
Policy & Performance,revenue,gross position,-0.068,-0.068,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,193
Policy & Performance,revenue,proposed management action,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,193
Policy & Performance,revenue,net position after mgmt action this month,-0.068,-0.068,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,193
Policy & Performance,revenue,net position after mgmt action last month,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,193
Policy & Performance,revenue,movement,-0.068,-0.068,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,193
Finance,revenue,gross position,-6.974,-6.974,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,194
Finance,revenue,proposed management action,0,-,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,194
Finance,revenue,net position after mgmt action this month,-6.974,-6.974,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,194
Finance,revenue,net position after mgmt action last month,-6.644,-6.644,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,194
Finance,revenue,movement,-0.330,-0.330,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,194
Total (excl Asylum),revenue,gross position,-6.420,-6.420,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,195
Total (excl Asylum),revenue,proposed management action,-1.062,-1.062,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,195
Total (excl Asylum),revenue,net position after mgmt action this month,-7.482,-7.482,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,195
Total (excl Asylum),revenue,net position after mgmt action last month,-7.470,-7.470,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,195
Total (excl Asylum),revenue,movement,-0.012,-0.012,Table 1: Net Revenue Position after Proposed Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,195
"Operations, Resources & Skills (OR&S) (CFE)",revenue,variance this month,1.849,+1.849,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,208
"Operations, Resources & Skills (OR&S) (CFE)",revenue,variance last month,1.854,+1.854,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,208
"Operations, Resources & Skills (OR&S) (CFE)",revenue,movement,-0.005,-0.005,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,208
"Children, Families & Educational Achievement (CF&EA)",revenue,variance this month,-1.044,-1.044,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,209
"Children, Families & Educational Achievement (CF&EA)",revenue,variance last month,0.643,+0.643,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,209
"Children, Families & Educational Achievement (CF&EA)",revenue,movement,-1.687,-1.687,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,209
Kent Adult Social Services (KASS),revenue,variance this month,2.251,+2.251,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,210
Kent Adult Social Services (KASS),revenue,variance last month,2.853,+2.853,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,210
Kent Adult Social Services (KASS),revenue,movement,-0.602,-0.602,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,210
"Environment, Highways & Waste (EH&W)",revenue,variance this month,-2.230,-2.230,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,211
"Environment, Highways & Waste (EH&W)",revenue,variance last month,-2.565,-2.565,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,211
"Environment, Highways & Waste (EH&W)",revenue,movement,0.335,+0.335,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,211
Regeneration & Supporting Independence (R&SI),revenue,variance this month,-0.775,-0.775,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,212
Regeneration & Supporting Independence (R&SI),revenue,variance last month,-1.055,-1.055,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,212
Regeneration & Supporting Independence (R&SI),revenue,movement,0.280,+0.280,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,212
Communities,revenue,variance this month,1.130,+1.130,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,213
Communities,revenue,variance last month,1.130,+1.130,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,213
Communities,revenue,movement,0,-,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,213
Public Health,revenue,variance this month,-0.050,-0.050,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,214
Public Health,revenue,variance last month,-0.050,-0.050,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,214
Public Health,revenue,movement,0,-,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,214
Corporate Support,revenue,variance this month,-0.509,-0.509,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,215
Corporate Support,revenue,variance last month,-0.449,-0.449,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,215
Corporate Support,revenue,movement,-0.060,-0.060,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,215
Policy & Performance,revenue,variance this month,-0.068,-0.068,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,216
Policy & Performance,revenue,variance last month,0,-,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,216
Policy & Performance,revenue,movement,-0.068,-0.068,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,216
Finance,revenue,variance this month,-6.974,-6.974,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,217
Finance,revenue,variance last month,-6.644,-6.644,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,217
Finance,revenue,movement,-0.330,-0.330,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,217
Total (excl Asylum),revenue,variance this month,-6.420,-6.420,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,218
Total (excl Asylum),revenue,variance last month,-4.283,-4.283,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,218
Total (excl Asylum),revenue,movement,-2.137,-2.137,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,218
Asylum,revenue,variance this month,3.805,+3.805,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,219
Asylum,revenue,variance last month,4.355,+4.355,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,219
Asylum,revenue,movement,-0.550,-0.550,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,219
Total (incl Asylum),revenue,variance this month,-2.615,-2.615,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,220
Total (incl Asylum),revenue,variance last month,0.072,+0.072,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,220
Total (incl Asylum),revenue,movement,-2.687,-2.687,Table 2: Gross Revenue Position before Management Action,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,220
"Operations, Resources & Skills (CFE)",capital,variance this month,-6.806,-6.806,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,233
"Operations, Resources & Skills (CFE)",capital,variance last month,-4.698,-4.698,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,233
"Operations, Resources & Skills (CFE)",capital,movement,-2.108,-2.108,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,233
"Children, Families & Educational Achievement",capital,variance this month,-1.035,-1.035,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,234
"Children, Families & Educational Achievement",capital,variance last month,-0.557,-0.557,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,234
"Children, Families & Educational Achievement",capital,movement,-0.478,-0.478,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,234
Kent Adult Social Services,capital,variance this month,-1.122,-1.122,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,235
Kent Adult Social Services,capital,variance last month,-0.795,-0.795,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,235
Kent Adult Social Services,capital,movement,-0.327,-0.327,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,235
"Environment, Highways & Waste",capital,variance this month,-3.607,-3.607,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,236
"Environment, Highways & Waste",capital,variance last month,-1.370,-1.370,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,236
"Environment, Highways & Waste",capital,movement,-2.237,-2.237,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,236
Regeneration & Supporting Independence,capital,variance this month,-1.772,-1.772,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,237
Regeneration & Supporting Independence,capital,variance last month,-2.471,-2.471,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,237
Regeneration & Supporting Independence,capital,movement,0.699,+0.699,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,237
Communities,capital,variance this month,-0.570,-0.570,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,238
Communities,capital,variance last month,-0.563,-0.563,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,238
Communities,capital,movement,-0.007,-0.007,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,238
Corporate Support,capital,variance this month,-0.320,-0.320,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,239
Corporate Support,capital,variance last month,-0.320,-0.320,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,239
Corporate Support,capital,movement,0,-,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,239
Policy & Performance,capital,variance this month,0,-,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,240
Policy & Performance,capital,variance last month,0,-,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,240
Policy & Performance,capital,movement,0,-,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,240
Finance,capital,variance this month,-0.723,-0.723,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,241
Finance,capital,variance last month,-0.598,-0.598,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,241
Finance,capital,movement,-0.125,-0.125,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,241
Total (excl Schools),capital,variance this month,-15.955,-15.955,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,242
Total (excl Schools),capital,variance last month,-11.372,-11.372,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,242
Total (excl Schools),capital,movement,-4.583,-4.583,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,242
Schools,capital,variance this month,-0.133,-0.133,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,243
Schools,capital,variance last month,-0.046,-0.046,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,243
Schools,capital,movement,-0.087,-0.087,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,243
Total,capital,variance this month,-16.088,-16.088,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,244
Total,capital,variance last month,-11.418,-11.418,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,244
Total,capital,movement,-4.670,-4.670,Table 3: Capital Position,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,244
Supported Borrowing,capital funding,capital variance,-0.967,-0.967,Table 4: 2007-08 Capital Variance analysed by funding source,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,249
Prudential,capital funding,capital variance,-3.762,-3.762,Table 4: 2007-08 Capital Variance analysed by funding source,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,250
Prudential/Revenue,capital funding,capital variance,-1.571,-1.571,Table 4: 2007-08 Capital Variance analysed by funding source,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,251
Grant,capital funding,capital variance,-6.743,-6.743,Table 4: 2007-08 Capital Variance analysed by funding source,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,252
External Funding - Other,capital funding,capital variance,-0.244,-0.244,Table 4: 2007-08 Capital Variance analysed by funding source,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,253
External Funding – Developer Contributions,capital funding,capital variance,-0.479,-0.479,Table 4: 2007-08 Capital Variance analysed by funding source,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,254
Revenue & Renewals,capital funding,capital variance,1.269,+1.269,Table 4: 2007-08 Capital Variance analysed by funding source,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,255
Capital Receipts,capital funding,capital variance,-1.901,-1.901,Table 4: 2007-08 Capital Variance analysed by funding source,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,256
General Capital Receipts (generated by Property Enterprise Fund),capital funding,capital variance,-1.690,-1.690,Table 4: 2007-08 Capital Variance analysed by funding source,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,257
TOTAL,capital funding,capital variance,-16.088,-16.088,Table 4: 2007-08 Capital Variance analysed by funding source,REVENUE & CAPITAL BUDGET MONITORING EXCEPTION REPORT,001_23223e66fe6ffd0f.txt,258

"""#
}
