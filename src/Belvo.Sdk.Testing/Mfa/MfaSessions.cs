using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Belvo.Sdk.Testing.Data;
using Belvo.Sdk.Testing.Http;

namespace Belvo.Sdk.Testing.Mfa;

/// <summary>
/// Opens MFA sessions (the 428 <c>token_required</c> answer) and resumes them from a PATCH body
/// <c>{session, link, token?}</c>. Lifetimes are measured on the emulator's <see cref="TimeProvider"/>.
/// </summary>
internal sealed class MfaSessions(BelvoEmulatorOptions options, IdFactory ids, ApiErrors errors)
{
    private readonly ConcurrentDictionary<string, MfaSession> sessions = new(StringComparer.Ordinal);

    public static bool IsValidToken(string? token) => token == EmulatorCredentials.MfaToken;

    /// <summary>Opens a session for a paused call and answers 428 with its challenge.</summary>
    public ApiResponse Challenge(string linkId, string scope, MfaKind kind, Func<ApiRequest, JsonObject, ApiResponse> complete)
    {
        var now = options.TimeProvider.GetUtcNow();
        return Open(new MfaSession(ids.NewHex32(), linkId, scope, kind, now, now, complete));
    }

    /// <summary>Resumes the session named in a PATCH body sent to <paramref name="scope"/>.</summary>
    public ApiResponse Resume(string scope, ApiRequest request, JsonObject body)
    {
        var sessionId = JsonBody.String(body, "session");
        var linkId = JsonBody.String(body, "link");
        if (string.IsNullOrEmpty(sessionId))
        {
            return errors.Required("session");
        }

        if (string.IsNullOrEmpty(linkId))
        {
            return errors.Required("link");
        }

        if (!sessions.TryGetValue(sessionId, out var session) || session.Scope != scope || session.LinkId != linkId)
        {
            return errors.SessionExpired();
        }

        var now = options.TimeProvider.GetUtcNow();
        if (now - session.StartedAt > options.MfaSessionLifetime)
        {
            sessions.TryRemove(sessionId, out _);
            return errors.SessionExpired();
        }

        if (session.ChallengeExpires && now - session.ChallengeIssuedAt > options.MfaChallengeLifetime)
        {
            return sessions.TryRemove(sessionId, out _)
                ? Open(session with { Id = ids.NewHex32(), ChallengeIssuedAt = now })
                : errors.SessionExpired();
        }

        if (session.ExpectsUserInput)
        {
            var token = JsonBody.String(body, "token");
            if (string.IsNullOrEmpty(token))
            {
                return errors.Required("token");
            }

            if (!IsValidToken(token))
            {
                return errors.InvalidToken();
            }
        }

        return sessions.TryRemove(sessionId, out _) ? session.Complete(request, body) : errors.SessionExpired();
    }

    /// <summary>Drops every session of a link (when the link is deleted).</summary>
    public void RemoveForLink(string linkId)
    {
        foreach (var session in sessions.Values.Where(s => s.LinkId == linkId))
        {
            sessions.TryRemove(session.Id, out _);
        }
    }

    private ApiResponse Open(MfaSession session)
    {
        sessions[session.Id] = session;
        var (type, instructions, value) = session.Kind switch
        {
            MfaKind.Numeric => ("numeric", "Use this code to generate the token", SeededRandom.For(options.Seed, "challenge", session.Id).Digits(6)),
            MfaKind.Qr => ("qr", "Scan this QR code to generate the token", QrImage.Base64Png(session.Id)),
            MfaKind.Text => ("text", "Answer the question to proceed", EmulatorCredentials.SecurityQuestion),
            MfaKind.DeviceToken => ("inputless", "Use your app or device to generate a token", null),
            _ => ("inputless", "Confirm the login on your registered device", (string?)null),
        };

        // Belvo's instructions, then what the emulator accepts: whoever reads the prompt (a sample, the README's
        // quick start, a person at the console) can answer without looking the token up. The challenge value is
        // never the answer (a numeric code is random), so this is the only place the prompt can say it.
        instructions += session.ExpectsUserInput
            ? $". {EmulatorCredentials.MfaInstructionsHint}"
            : ". Emulator: no token needed, resume without one";
        var lifetime = session.ChallengeExpires ? options.MfaChallengeLifetime : options.MfaSessionLifetime;
        var error = errors.Item(ErrorCodes.TokenRequired, ErrorCodes.TokenRequiredMessage);
        error["session"] = session.Id;
        error["expiry"] = (int)lifetime.TotalSeconds;
        error["link"] = session.LinkId;
        error["token_generation_data"] = new JsonObject
        {
            ["instructions"] = instructions,
            ["type"] = type,
            ["value"] = value,
            ["expects_user_input"] = session.ExpectsUserInput,
        };
        return ApiResponse.FromJson(428, new JsonArray(error));
    }
}
