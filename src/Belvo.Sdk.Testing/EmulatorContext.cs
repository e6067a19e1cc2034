using Belvo.Sdk.Testing.Data;
using Belvo.Sdk.Testing.Http;
using Belvo.Sdk.Testing.Mfa;
using Belvo.Sdk.Testing.Webhooks;

namespace Belvo.Sdk.Testing;

/// <summary>The services one emulator instance shares between its endpoints.</summary>
internal sealed class EmulatorContext
{
    public EmulatorContext(BelvoEmulatorOptions options)
    {
        Options = options;
        Ids = new IdFactory(options.Seed);
        Errors = new ApiErrors(Ids);
        Faults = new EmulatorFaults(Institutions);
        Mfa = new MfaSessions(options, Ids, Errors);
        Sender = new WebhookSender(options, Webhooks);
        Bank = new BankDataGenerator(options.Seed);
        Fiscal = new FiscalDataGenerator(options.Seed);
        CreatedBy = IdFactory.StableUuid("created_by|" + options.SecretId);
    }

    public BelvoEmulatorOptions Options { get; }

    public IdFactory Ids { get; }

    public ApiErrors Errors { get; }

    public EmulatorStore Store { get; } = new();

    public InstitutionCatalog Institutions { get; } = new();

    public EmulatorFaults Faults { get; }

    public MfaSessions Mfa { get; }

    public EmulatorWebhooks Webhooks { get; } = new();

    public WebhookSender Sender { get; }

    public BankDataGenerator Bank { get; }

    public FiscalDataGenerator Fiscal { get; }

    /// <summary>The <c>created_by</c> of every link: a stable id for the API user the secret keys belong to.</summary>
    public string CreatedBy { get; }

    /// <summary>The server's address, set once Kestrel is listening; used for absolute pagination links.</summary>
    public Uri BaseAddress { get; set; } = new("http://127.0.0.1/");

    /// <summary>What else happens when a link becomes valid (an open-finance link's consent is created); set up while routes are built.</summary>
    public List<Action<Store.LinkRecord>> LinkConfirmed { get; } = [];

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    public DateOnly Today => Timestamps.Today(Options.TimeProvider);
}
