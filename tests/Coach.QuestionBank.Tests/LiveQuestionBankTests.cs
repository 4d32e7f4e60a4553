using Coach.Core.Questions;
using Coach.QuestionBank.Content;
using Coach.Tests;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coach.QuestionBank.Tests;

public sealed class LiveQuestionBankTests : IDisposable
{
    private const string Networking = """
        ## Networking

        ### 1. What is a transit gateway?
        A hub that connects VPCs and on-premises networks.

        ### 2. What is a NAT gateway?
        Lets private subnets reach the internet without being reachable from it.
        """;

    private readonly TempFolder _folder = new();
    private readonly LiveQuestionBank _bank = new(NullLogger<LiveQuestionBank>.Instance);

    [Fact]
    public async Task Every_deck_in_the_folder_is_served_under_its_file_stem()
    {
        _folder.Write("networking.md", Networking);
        _folder.Write("Storage.md", "## S3\n\n### 7. What is a bucket policy?\nA resource policy on a bucket.\n");
        await ApplyFolderAsync();

        _bank.Questions.Select(q => q.Id.ToString()).ShouldBe(["networking/1", "networking/2", "storage/7"]);
        _bank.Find(QuestionId.Parse("storage/7"))!.Title.ShouldBe("What is a bucket policy?");
        _bank.Search("bucket policy").Best!.Question.Id.ToString().ShouldBe("storage/7");
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_of_that_deck_and_the_others_update()
    {
        _folder.Write("networking.md", Networking);
        _folder.Write("storage.md", "## S3\n\n### 1. What is a bucket policy?\nA resource policy on a bucket.\n");
        await ApplyFolderAsync();

        _folder.Write("networking.md", Networking.Replace("### 2.", "### 1.", StringComparison.Ordinal) + "\n### Unnumbered?\n");
        _folder.Write("storage.md", "## S3\n\n### 1. What is S3 versioning?\nKeeping every version of an object.\n");
        await ApplyFolderAsync();

        _bank.Search("nat gateway").Best!.Question.Id.ToString().ShouldBe("networking/2");
        _bank.Find(QuestionId.Parse("storage/1"))!.Title.ShouldBe("What is S3 versioning?");
        _bank.Search("bucket policy").Matches.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_new_deck_with_problems_serves_its_good_questions()
    {
        _folder.Write("networking.md", Networking + "\n### 2. Duplicate?\nYes.\n");
        await ApplyFolderAsync();

        _bank.Questions.Select(q => q.Id.ToString()).ShouldBe(["networking/1", "networking/2"]);
        _bank.Find(QuestionId.Parse("networking/2"))!.Title.ShouldBe("What is a NAT gateway?");
    }

    [Fact]
    public async Task A_deleted_deck_is_no_longer_found()
    {
        var file = _folder.Write("networking.md", Networking);
        await ApplyFolderAsync();
        File.Delete(file);
        await ApplyFolderAsync();

        _bank.Questions.ShouldBeEmpty();
        _bank.Search("transit gateway").Matches.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_questions_removed_from_a_deck_disappears_from_search()
    {
        var file = _folder.Write("networking.md", Networking);
        await ApplyFolderAsync();
        File.WriteAllText(file, Networking[..Networking.IndexOf("### 2.", StringComparison.Ordinal)]);
        await ApplyFolderAsync();

        _bank.Search("nat gateway private subnets").Matches.ShouldNotContain(m => m.Question.Id.ToString() == "networking/2");
        _bank.Find(QuestionId.Parse("networking/2")).ShouldBeNull();
    }

    [Fact]
    public async Task New_synonyms_take_effect_on_the_next_read()
    {
        _folder.Write("networking.md", Networking);
        await ApplyFolderAsync();
        _bank.Search("tgw").Confident.ShouldBeFalse();

        _folder.Write("synonyms.txt", "tgw, transit gateway\n");
        await ApplyFolderAsync();
        var result = _bank.Search("tgw");
        result.Confident.ShouldBeTrue();
        result.Best!.Question.Id.ToString().ShouldBe("networking/1");
    }

    [Fact]
    public async Task A_broken_synonym_file_keeps_the_last_good_synonyms()
    {
        _folder.Write("networking.md", Networking);
        _folder.Write("synonyms.txt", "tgw, transit gateway\n");
        await ApplyFolderAsync();

        _folder.Write("synonyms.txt", "tgw, transit gateway\nlonely\n");
        await ApplyFolderAsync();
        _bank.Search("tgw").Best!.Question.Id.ToString().ShouldBe("networking/1");
    }

    [Fact]
    public async Task Related_questions_follow_an_edited_deck()
    {
        _folder.Write("networking.md", Networking);
        await ApplyFolderAsync();
        var transit = QuestionId.Parse("networking/1");
        _bank.Related(transit, 1).ShouldHaveSingleItem().Id.ToString().ShouldBe("networking/2");

        _folder.Write("networking.md", Networking + """


            ### 3. When is a transit gateway better than VPC peering?
            When many VPCs and on-premises networks need one hub instead of a mesh of peerings.
            """);
        await ApplyFolderAsync();

        _bank.Related(transit, 1).ShouldHaveSingleItem().Id.ToString().ShouldBe("networking/3");
    }

    [Fact]
    public void Before_any_content_nothing_is_found_and_nothing_throws()
    {
        _bank.Questions.ShouldBeEmpty();
        _bank.Search("macie").Matches.ShouldBeEmpty();
        _bank.Related(QuestionId.Parse("aws-security/1")).ShouldBeEmpty();
    }

    public void Dispose()
    {
        _bank.Dispose();
        _folder.Dispose();
    }

    private async Task ApplyFolderAsync() => _bank.Apply(await ContentReader.ReadAsync(_folder.Path, CancellationToken.None));
}
