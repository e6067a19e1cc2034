namespace Belvo.Sdk;

/// <summary>The Belvo environments. Each needs its own secret keys.</summary>
public enum BelvoEnvironment
{
    /// <summary>Fake institutions and data, any end-user credentials work: <c>https://sandbox.belvo.com</c>.</summary>
    Sandbox,

    /// <summary>Real institutions with a small number of free links: <c>https://development.belvo.com</c>.</summary>
    Development,

    /// <summary>Live: <c>https://api.belvo.com</c>.</summary>
    Production,
}
