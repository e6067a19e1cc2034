using Belvo.Sdk.Models;

namespace Belvo.Sdk.Tests.Models;

/// <summary>Credentials never show up in a request's <c>ToString()</c> (and so in logs and exception messages).</summary>
public sealed class SecretMaskingTests
{
    [Fact]
    public void Link_register_request_masks_passwords_token_certificate_and_private_key()
    {
        var request = new LinkRegisterRequest
        {
            Institution = "erebor_mx_retail",
            Username = "user_valid",
            Password = "hunter2-secret",
            Password2 = "pin-4321",
            Token = "mfa-765432",
            Certificate = "CERT-BASE64",
            PrivateKey = "KEY-BASE64",
            ExternalId = "customer-17",
        };

        var text = request.ToString();

        Assert.DoesNotContain("hunter2-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pin-4321", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mfa-765432", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CERT-BASE64", text, StringComparison.Ordinal);
        Assert.DoesNotContain("KEY-BASE64", text, StringComparison.Ordinal);
        Assert.Contains("Password = ***", text, StringComparison.Ordinal);
        Assert.Contains("PrivateKey = ***", text, StringComparison.Ordinal);
        Assert.Contains("Institution = erebor_mx_retail", text, StringComparison.Ordinal);
        Assert.Contains("ExternalId = customer-17", text, StringComparison.Ordinal);
        Assert.StartsWith("LinkRegisterRequest {", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unset_secrets_print_as_empty_not_as_a_mask()
    {
        var text = new LinkRegisterRequest { Institution = "imss_mx_employment", Username = "CURP123" }.ToString();

        Assert.Contains("Password = ,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_credentials_and_resume_requests_mask_their_secrets()
    {
        var session = "2c6d2a7e2e0d4a3c9a3f2c1f0c9b8a7d";
        var update = new LinkUpdateCredentialsRequest { Password = "new-password-1", Token = "tok-1" }.ToString();
        var resume = new ResumeRequest { Session = session, Link = Guid.NewGuid(), Token = "tok-2" }.ToString();
        var linkResume = new LinkResumeRequest { Session = session, Link = Guid.NewGuid(), Token = "tok-3" }.ToString();

        Assert.DoesNotContain("new-password-1", update, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-1", update, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-2", resume, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-3", linkResume, StringComparison.Ordinal);
        Assert.Contains(session, resume, StringComparison.Ordinal);
    }
}
