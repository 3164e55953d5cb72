<?php
use PHPUnit\Framework\TestCase;

final class SampleTest extends TestCase
{
    public function testPasses(): void { $this->assertTrue(true); }
    public function testFails(): void { $this->assertSame(1, 2); }
    public function testErrors(): void { throw new RuntimeException('boom'); }
    public function testSkipped(): void { $this->markTestSkipped('not now'); }
    public function testIncomplete(): void { $this->markTestIncomplete('later'); }
    public function testRisky(): void { }
    public function testWarning(): void { trigger_error('careful', E_USER_WARNING); $this->assertTrue(true); }
    public function testDeprecation(): void { trigger_error('old', E_USER_DEPRECATED); $this->assertTrue(true); }
    public function testNotice(): void { trigger_error('note', E_USER_NOTICE); $this->assertTrue(true); }

    /** @dataProvider provider */
    public function testProvided(int $n): void { $this->assertNotSame(2, $n); }
    public function provider(): array { return ['one' => [1], 'two' => [2], 'three' => [3]]; }

    /** @depends testFails */
    public function testDependsOnFailure(): void { $this->assertTrue(true); }
}
