namespace Coach.Storage.Migrations;

/// <summary>One step of the schema, applied once, in version order, inside a transaction.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
