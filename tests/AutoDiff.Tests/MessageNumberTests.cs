namespace AutoDiff.Tests;

// The one number text of messages, ToString and sketch feedback: six significant digits in the
// invariant culture, and the non-finite numbers with a true minus sign and an explicit plus.
public class MessageNumberTests
{
    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "+∞")]
    [InlineData(double.NegativeInfinity, "−∞")]
    public void Text_NonFinite_WritesNaNOrSignedInfinity(double v, string expected) =>
        Assert.Equal(expected, MessageNumber.Text(v));

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(3.0, "3")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.1 + 0.2, "0.3")]
    [InlineData(-0.4161468365471424, "-0.416147")]
    [InlineData(1234567.0, "1.23457E+06")]
    [InlineData(1e-7, "1E-07")]
    public void Text_Finite_SixSignificantDigitsInvariant(double v, string expected) =>
        Assert.Equal(expected, MessageNumber.Text(v));

    [Fact]
    public void ToString_OfTheNumberTypes_WritesInfinityWithItsSign()
    {
        Assert.Equal("+∞ + 1ε", new Dual(double.PositiveInfinity, 1).ToString());
        Assert.Equal("−∞", new Real(double.NegativeInfinity).ToString());
        Assert.Equal("−∞ (constant)", Value.Constant(double.NegativeInfinity).ToString());
        var tape = new Tape();
        var x = tape.Variable(double.PositiveInfinity, "x");
        Assert.Equal("x = +∞ (node 0, Input, adjoint 0)", x.ToString());
    }
}
