using System.Diagnostics;
using CaseTracker.Api.Audit.Integrity;
using CaseTracker.Api.Http;
using JasperFx;
using Marten;
using Weasel.Core;

namespace CaseTracker.IntegrityBench;

/// <summary>The application's share of sealing, without a database: canonical form, digests and hash per event.</summary>
internal static class SealingCost
{
    public static void Run(int events)
    {
        var options = new StoreOptions();
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, JsonSetup.ConfigureStorage);
        var serializer = options.Serializer();
        var at = DateTimeOffset.UtcNow;
        var samples = Enumerable.Range(0, 30).Select(n => n == 0 ? SampleEvents.Raised(Guid.NewGuid(), 1, at) : SampleEvents.Step(n, at)).ToArray();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < events; i++)
        {
            var data = samples[i % samples.Length];
            var json = serializer.ToJson(data);
            var parsed = EventCanonicalForm.Parse(json);
            var personal = EventCanonicalForm.SealPersonal(parsed, PersonalMembers.Of(data.GetType()));
            var canonical = EventCanonicalForm.Of(new SealedFacts(Guid.Empty, "bench", i + 1, "note_added", at, "alice", json,
                personal.ToDictionary(p => p.Key, p => p.Value.Digest, StringComparer.Ordinal)), parsed);
            ChainHash.Link(ChainHash.Genesis, canonical);
        }

        Console.WriteLine($"sealing in the application: {watch.Elapsed.TotalMicroseconds / events:F1} µs per event (one core, {events:N0} events)");
    }
}
