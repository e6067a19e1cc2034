using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.Institutions;

/// <summary>
/// The institutions Belvo connects to (banks, fiscal authorities, employment institutions), with the form
/// fields their login needs and the resources they support. Read-only; identified by integer ids.
/// </summary>
public interface IInstitutionsClient : IListableResource<Institution, int, InstitutionListOptions>;
