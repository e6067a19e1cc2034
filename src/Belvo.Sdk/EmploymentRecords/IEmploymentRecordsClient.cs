using Belvo.Sdk.Models;
using Belvo.Sdk.Resources;

namespace Belvo.Sdk.EmploymentRecords;

/// <summary>Employment records (IMSS Mexico) of an employment link: social security summary and employment history.</summary>
public interface IEmploymentRecordsClient
    : IListableResource<EmploymentRecord, Guid, EmploymentRecordListOptions>,
      IDeletableResource,
      IRetrievableResource<EmploymentRecordsRetrieveRequest, IReadOnlyList<EmploymentRecord>>;
