using System.Diagnostics;
using CaseTracker.Api.Hosting;
using CaseTracker.Api.Samples;
using CaseTracker.Api.Samples.Generation;
using CaseTracker.DataGenerator;
using CaseTracker.Domain.Calendar;
using Marten;

var options = GeneratorOptions.Parse(args, Console.Error);
if (options is null)
{
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}

var calendar = WorkingDayCalendar.EnglandAndWales;
using var store = DocumentStore.For(o => EventStoreSetup.Configure(o, options.Connection, calendar, TimeProvider.System));
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

var now = DateTimeOffset.UtcNow;
var days = new SampleDays(calendar, calendar.DayOf(now));
var scripts = new CaseHistoryGenerator(days, options.Seed).Generate(options.Cases, options.Months).ToList();
Console.WriteLine($"Writing {options.Cases:N0} cases over {options.Months} months (seed {options.Seed}) for tenant '{options.Tenant}'...");

var clock = Stopwatch.StartNew();
var progress = new ConsoleProgress(p => Console.Write(
    $"\r  {p.Cases,10:N0} / {p.TotalCases:N0} cases  {p.Events,12:N0} events  {p.Events / Math.Max(clock.Elapsed.TotalSeconds, 0.001),8:N0} events/s"));
var events = await new CaseWriter(store, calendar).WriteAsync(options.Tenant, scripts, now, options.Batch, progress);
Console.WriteLine();
Console.WriteLine($"Wrote {options.Cases:N0} cases, {events:N0} events, in {clock.Elapsed.TotalSeconds:N1} s. "
    + "A running CaseTracker projects the learning reports from them in the background.");
return 0;

/// <summary>Reports on the writing thread, so the progress line is always current and in order.</summary>
internal sealed class ConsoleProgress(Action<WriteProgress> show) : IProgress<WriteProgress>
{
    public void Report(WriteProgress value) => show(value);
}
