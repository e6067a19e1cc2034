namespace Belvo.Sdk;

/// <summary>
/// A resource whose retrievals may answer 428 <c>token_required</c> and be resumed: use
/// <see cref="IRetrievableResource{TRequest, TResult}.RetrieveAsync"/> with <see cref="IResumableResource{TResult}.ResumeAsync"/> yourself, or let
/// <c>RetrieveWithMfaAsync</c> run the rounds with your callback.
/// </summary>
/// <typeparam name="TRequest">The retrieval request.</typeparam>
/// <typeparam name="TResult">What a retrieval returns.</typeparam>
public interface IMfaRetrievableResource<in TRequest, TResult> : IRetrievableResource<TRequest, TResult>, IResumableResource<TResult>;
