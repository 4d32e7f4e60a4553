using Coach.QuestionBank.Search;

namespace Coach.QuestionBank.Tests.Search;

public sealed class SynonymGroupsTests
{
    [Fact]
    public void One_group_per_line_with_comments_and_blank_lines_ignored()
    {
        var groups = SynonymGroups.Parse("synonyms.txt", "# networking\nsg, security group\n\nnacl, network acl  # stateless\n");
        groups.Problems.ShouldBeEmpty();
        groups.Groups.ShouldBe([["sg", "security group"], ["nacl", "network acl"]]);
    }

    [Fact]
    public void Groups_that_cannot_mean_anything_are_problems_with_their_line()
    {
        var groups = SynonymGroups.Parse("synonyms.txt", "sg, security group\nlonely\nwaf,,firewall\nkms, KMS\n");
        groups.Problems.Select(p => p.ToString()).ShouldBe(
        [
            "synonyms.txt:2: a synonym group needs at least two different terms, separated by commas",
            "synonyms.txt:3: empty term in synonym group (two commas, or a comma at an end)",
            "synonyms.txt:4: a synonym group needs at least two different terms, separated by commas",
        ]);
        groups.Groups.Count.ShouldBe(1);
    }

    [Fact]
    public void The_shipped_synonym_file_is_clean()
    {
        var file = Path.Combine(Coach.Tests.RepositoryPaths.Content, SynonymGroups.FileName);
        var groups = SynonymGroups.Parse(file, File.ReadAllText(file));
        groups.Problems.ShouldBeEmpty();
        groups.Groups.Count.ShouldBeGreaterThan(20);
    }
}
