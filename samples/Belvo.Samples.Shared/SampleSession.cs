using Belvo.Sdk;
using Belvo.Sdk.Models;
using Belvo.Sdk.Testing;

namespace Belvo.Samples;

/// <summary>
/// A sample's connection: a <see cref="BelvoClient"/> for the real API when the environment configures one,
/// otherwise for a <see cref="BelvoEmulator"/> started in this process on 127.0.0.1. Says which in its first line.
/// </summary>
public sealed class SampleSession : IAsyncDisposable
{
    private SampleSession(SampleSettings settings, BelvoClient client, BelvoEmulator? emulator, MfaPrompt prompt)
    {
        Settings = settings;
        Client = client;
        Emulator = emulator;
        Mfa = prompt;
    }

    public SampleSettings Settings { get; }

    public BelvoClient Client { get; }

    /// <summary>Gets the in-process emulator, or <see langword="null"/> against the real API.</summary>
    public BelvoEmulator? Emulator { get; }

    public bool IsEmulator => Emulator is not null;

    /// <summary>Gets the MFA prompt: the console when someone is there, BELVO_MFA_TOKEN otherwise.</summary>
    public MfaPrompt Mfa { get; }

    /// <summary>Connects as the environment says and prints where to, as the first line of output.</summary>
    /// <param name="settings">The settings read from the environment.</param>
    /// <param name="configureEmulator">Emulator options a sample needs (webhooks, page size).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The session.</returns>
    public static async Task<SampleSession> StartAsync(
        SampleSettings settings,
        Action<BelvoEmulatorOptions>? configureEmulator = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Api is { } api)
        {
            Console.WriteLine($"Running against {settings.ApiDescription} with the keys in {SampleSettings.SecretIdVariable}/{SampleSettings.SecretPasswordVariable}.");
            return new SampleSession(settings, new BelvoClient(api), null, new MfaPrompt(settings.MfaToken, fallbackToken: null));
        }

        var options = new BelvoEmulatorOptions { DefaultPageSize = 10 };
        configureEmulator?.Invoke(options);
        var emulator = await BelvoEmulator.StartAsync(options, cancellationToken);
        Console.WriteLine(
            $"Running against the built-in Belvo emulator at {emulator.BaseAddress} (no BELVO_* variables set; " +
            $"set {SampleSettings.SecretIdVariable}, {SampleSettings.SecretPasswordVariable} and {SampleSettings.EnvironmentVariable} to call Belvo).");
        var client = new BelvoClient(new BelvoClientOptions
        {
            SecretId = emulator.SecretId,
            SecretPassword = emulator.SecretPassword,
            BaseAddress = emulator.BaseAddress,
        });
        return new SampleSession(settings, client, emulator, new MfaPrompt(settings.MfaToken, EmulatorCredentials.MfaToken));
    }

    /// <summary>
    /// Registers a link with <c>RegisterWithMfaAsync</c>, answering MFA with <see cref="Mfa"/>, and prints it.
    /// The login is BELVO_INSTITUTION/USERNAME/PASSWORD when set, else the sample's defaults.
    /// </summary>
    /// <param name="institution">The institution the sample uses by default.</param>
    /// <param name="emulatorUsername">The username against the emulator (it picks the scenario, e.g. an MFA kind).</param>
    /// <param name="apiUsername">The username against the real API (Belvo's sandbox accepts any).</param>
    /// <param name="apiPassword">The password against the real API.</param>
    /// <param name="accessMode">Single or recurrent.</param>
    /// <param name="cancellationToken">Cancels the registration and its MFA prompts.</param>
    /// <returns>The registered link's id.</returns>
    public async Task<Guid> RegisterLinkAsync(
        string institution,
        string emulatorUsername,
        string apiUsername,
        string apiPassword,
        LinkAccessMode accessMode,
        CancellationToken cancellationToken)
    {
        var request = new LinkRegisterRequest
        {
            Institution = Settings.Institution ?? institution,
            Username = Settings.Username ?? (IsEmulator ? emulatorUsername : apiUsername),
            Password = Settings.Password ?? (IsEmulator ? EmulatorCredentials.ValidPassword : apiPassword),
            AccessMode = accessMode,
        };
        Console.WriteLine();
        Console.WriteLine($"Registering a {accessMode} link to {request.Institution} as {request.Username}...");
        var link = await Client.Links.RegisterWithMfaAsync(request, Mfa.HandleAsync, cancellationToken: cancellationToken);
        var id = link.Id;
        Console.WriteLine($"Link {id} is {link.Status}{(link.RefreshRate is { } rate ? $", refreshed every {rate}" : string.Empty)}.");
        return id;
    }

    /// <summary>Deletes a link the sample registered (Belvo deletes its data with it), even after a failure or Ctrl+C.</summary>
    /// <param name="linkId">The link.</param>
    /// <returns>A task that completes when Belvo confirmed.</returns>
    public async Task DeleteLinkAsync(Guid linkId)
    {
        await Client.Links.DeleteAsync(linkId, cancellationToken: CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine($"Deleted link {linkId} and the data Belvo stored for it.");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }
}
