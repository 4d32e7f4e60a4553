using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Coach.Core.Questions;

/// <summary>
/// A shuffle that every replica and every restart agrees on: order by a hash of what should vary
/// the order (the channel and cycle, the person and day), not by a random generator.
/// </summary>
internal static class StableOrder
{
    public static ulong Key(string text) => BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
