global using CaseTracker.Domain.Calendar;
global using CaseTracker.Domain.Cases;
global using static CaseTracker.Domain.Tests.Scenario;
