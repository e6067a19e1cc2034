// One call in a new process: "sdk <base address>" gets an account with Belvo.Sdk, "baseline <base address>" with the
// hand-written client of the benchmarks. The start-up harness (Belvo.Sdk.Benchmarks startup) times the process.
using Belvo.Sdk;
using Belvo.Sdk.Benchmarks.Baseline;

var accountId = Guid.Parse("0f82c5db-13a2-43c7-a69a-e036160aba3a");
var baseAddress = new Uri(args[1]);
if (args[0] == "sdk")
{
    using var client = new BelvoClient(new BelvoClientOptions { SecretId = "id", SecretPassword = "password", BaseAddress = baseAddress });
    var account = await client.Accounts.GetAsync(accountId);
    Console.WriteLine(account.Id);
}
else
{
    using var client = new HandWrittenClient(baseAddress);
    var account = await client.GetAccountAsync(accountId);
    Console.WriteLine(account.Id);
}

// BELVO_COLDSTART_JIT=1 also prints how many methods the JIT compiled and how long that took, for the README's (e).
if (Environment.GetEnvironmentVariable("BELVO_COLDSTART_JIT") == "1")
{
    Console.WriteLine(FormattableString.Invariant(
        $"jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms; {AppDomain.CurrentDomain.GetAssemblies().Length} assemblies"));
    if (Environment.GetEnvironmentVariable("BELVO_COLDSTART_ASSEMBLIES") == "1")
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            Console.WriteLine(assembly.GetName().Name);
        }
    }
}
