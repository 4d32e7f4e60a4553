namespace Coach.Storage;

/// <summary>Where Coach keeps its state: <c>Coach:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Coach:Storage";

    /// <summary><c>Sqlite</c> (the default); <c>Postgres</c> comes with the scale-out work.</summary>
    public string Provider { get; set; } = "Sqlite";

    public string ConnectionString { get; set; } = "Data Source=data/coach.db";
}
