<?php
use PHPUnit\Framework\TestCase;
final class BrokenSetUpTest extends TestCase
{
    public static function setUpBeforeClass(): void { throw new RuntimeException('class setup broke'); }
    public function testA(): void { $this->assertTrue(true); }
    public function testB(): void { $this->assertTrue(true); }
}
