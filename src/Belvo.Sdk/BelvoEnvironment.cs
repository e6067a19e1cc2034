namespace Belvo.Sdk;

/// <summary>
/// The Belvo environments, as Belvo's current API description (1.223.0) lists them: <see cref="Sandbox"/> and
/// <see cref="Production"/>. Each needs its own secret keys. Any other address (a proxy, the emulator) is set with
/// <see cref="BelvoClientOptions.BaseAddress"/>.
/// </summary>
public enum BelvoEnvironment
{
    /// <summary>Fake institutions and data, any end-user credentials work: <c>https://sandbox.belvo.com</c>.</summary>
    Sandbox,

    /// <summary>
    /// Belvo's former free tier with real institutions: <c>https://development.belvo.com</c>. Belvo's current API
    /// description no longer lists it (its 2023 description did); the SDK still sends calls there for accounts that
    /// have keys for it. Prefer <see cref="Sandbox"/> for tests and <see cref="Production"/> for real data.
    /// </summary>
    Development,

    /// <summary>Live: <c>https://api.belvo.com</c>.</summary>
    Production,
}
