/** A small report of the fixture's organisation A, with distinct values, as plain text. */
export const KESTREL_REPORT_2025 = `Kestrel Metals Ltd.
Environmental, Social and Governance Report 2025

A1 EMISSIONS
Greenhouse gas emissions\t2025\t2024
Direct GHG emissions (Scope 1) (tCO2e)\t1,234.5\t1,310.2
Indirect GHG emissions (Scope 2) (tCO2e)\t8,765.4\t9,001.7

In 2025 total water consumption was 45,678 m3.
`;

/** Activity data for organisation A's two sites (spec/calc-input.md), 2025 and one 2024 row. */
export const KESTREL_ACTIVITY = `site,year,activity,amount,unit,region
Ningbo Foundry,2025,electricity,"1,250,000",kWh,CN-Zhejiang
Ningbo Foundry,2025,natural_gas,"40,500",m3,CN-Zhejiang
Xiamen Mill,2025,electricity,"730,000",kWh,CN-Fujian
Xiamen Mill,2024,electricity,"690,000",kWh,CN-Fujian
`;

/** A roster of four people for 2025. */
export const KESTREL_ROSTER = `employee_id,gender,birth_year,region,category,employment_type,hire_date,leave_date,training_hours,site
K001,female,1990,Mainland China,general staff,full-time,2019-03-01,,12,Ningbo Foundry
K002,male,1985,Mainland China,management,full-time,2015-06-15,,30,Ningbo Foundry
K003,male,1999,Mainland China,general staff,full-time,2024-09-01,2025-04-30,4,Xiamen Mill
K004,female,1978,Mainland China,general staff,part-time,2010-01-04,,8,Xiamen Mill
`;
