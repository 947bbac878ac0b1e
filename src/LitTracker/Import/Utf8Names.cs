using System.Runtime.CompilerServices;
using System.Text;

namespace LitTracker.Import;

/// <summary>The UTF-8 bytes of an enum's names (what <c>ToString()</c> gives), looked up instead of formatted per row.</summary>
/// <typeparam name="TEnum">An enum over <see cref="int"/> with small non-negative values.</typeparam>
internal static class Utf8Names<TEnum>
    where TEnum : struct, Enum
{
    private static readonly byte[]?[] Names = Build();

    /// <summary>The name of <paramref name="value"/> as UTF-8, or null for a value without a cached name (format it instead).</summary>
    public static byte[]? Of(TEnum value)
    {
        if (Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            return null;
        }

        var index = Unsafe.As<TEnum, int>(ref value);
        return (uint)index < (uint)Names.Length ? Names[index] : null;
    }

    private static byte[]?[] Build()
    {
        if (Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            return [];
        }

        var values = Enum.GetValues<TEnum>().Where(v => Unsafe.As<TEnum, int>(ref v) is >= 0 and < 256).ToArray();
        var names = new byte[]?[values.Length == 0 ? 0 : values.Max(v => Unsafe.As<TEnum, int>(ref v)) + 1];
        foreach (var value in values)
        {
            var v = value;
            names[Unsafe.As<TEnum, int>(ref v)] = Encoding.UTF8.GetBytes(value.ToString());
        }

        return names;
    }
}
