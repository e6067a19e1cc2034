namespace Belvo.Sdk.Http;

/// <summary>How an operation's successful answer is read.</summary>
internal enum ResponseMode
{
    /// <summary>One JSON object (or, for retrievals documented that way, one JSON array) read as the declared type.</summary>
    Json,

    /// <summary>A list Belvo sometimes answers as one bare object: an object is read as a one-item list.</summary>
    ListOrSingle,

    /// <summary>One object Belvo sometimes answers as a one-item array: the array's only item is read.</summary>
    SingleOrList,

    /// <summary>One page of a list: <c>{count, next, previous, results}</c>.</summary>
    Page,

    /// <summary>No body is read (204 No Content).</summary>
    None,
}
